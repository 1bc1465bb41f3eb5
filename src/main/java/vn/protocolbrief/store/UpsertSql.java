package vn.protocolbrief.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The statement that saves a record of a table keyed by {@code id}: insert it, or replace every other column of the
 * row already there. One place writes the "ON CONFLICT (id) DO UPDATE SET c = excluded.c, …" list from the columns,
 * so that a column added to a table cannot be saved on insert and forgotten on update. The same SQL for SQLite and
 * PostgreSQL.
 */
final class UpsertSql {
    private UpsertSql() {
    }

    /**
     * {@code columns}: the table's columns as written in the INSERT, {@code id} first; {@code values}: the bound
     * parameters in the same order.
     */
    static String of(String table, String columns, String values) {
        String updates = Arrays.stream(columns.split(","))
                .map(String::strip)
                .filter(c -> !c.equals("id"))
                .map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (id) DO UPDATE SET "
                + updates;
    }
}
