package vn.protocolbrief.store;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Which reference is missing when SQLite refuses a write with only "FOREIGN KEY constraint failed": the write is
 * made again with the checks deferred, and SQLite's own check names the record, its field and the id it names.
 * PostgreSQL names the table, field and id in its refusal; it is said in the same words.
 */
final class ForeignKeys {
    private ForeignKeys() {
    }

    /**
     * Runs {@code write} again inside the caller's transaction (which the caller then rolls back) with the foreign
     * keys checked only at the end, and describes the first broken reference; null when none can be named.
     */
    static String missingReference(Handle h, Runnable write) {
        try {
            h.execute("PRAGMA defer_foreign_keys = ON");
            write.run();
            List<Map<String, Object>> broken = h.createQuery("PRAGMA foreign_key_check").mapToMap().list();
            if (broken.isEmpty()) {
                return null;
            }
            Map<String, Object> first = broken.get(0);
            String table = String.valueOf(first.get("table"));
            String parent = String.valueOf(first.get("parent"));
            Object rowid = first.get("rowid");
            int fkid = ((Number) first.get("fkid")).intValue();
            Map<String, Object> fk = h.createQuery("SELECT * FROM pragma_foreign_key_list(?) WHERE id = ?")
                    .bind(0, table).bind(1, fkid).mapToMap().list().get(0);
            String field = String.valueOf(fk.get("from"));
            String value = h.createQuery("SELECT \"" + field.replace("\"", "\"\"") + "\" FROM \""
                    + table.replace("\"", "\"\"") + "\" WHERE rowid = ?").bind(0, rowid).mapTo(String.class).one();
            boolean hasId = h.createQuery("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'id'").bind(0, table)
                    .mapTo(Integer.class).one() > 0;
            String record = hasId ? table + " '" + h.createQuery("SELECT id FROM \"" + table.replace("\"", "\"\"")
                    + "\" WHERE rowid = ?").bind(0, rowid).mapTo(String.class).one() + "'" : table;
            return "the " + record.replace('_', ' ') + " (field " + field + ") refers to " + parent.replace('_', ' ')
                    + " '" + value + "', which is neither in the file nor in the store"
                    + (broken.size() > 1 ? " (and " + (broken.size() - 1) + " more such references)" : "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern KEY_NOT_PRESENT = java.util.regex.Pattern.compile(
            "Key \\((.+)\\)=\\((.*)\\) is not present in table \"(.+)\"\\.");

    /**
     * The same description of a reference PostgreSQL refused (SQLSTATE 23503), or null for any other failure.
     * {@code writing} names the record being written ("partner asahikawa"): the row is that record's when the refused
     * table is its kind's, otherwise only the table is named (the failed transaction can be asked nothing more).
     */
    static String missingReferenceOnServer(RuntimeException e, String writing) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException p && "23503".equals(p.getSQLState())
                    && p.getServerErrorMessage() != null && p.getServerErrorMessage().getDetail() != null) {
                java.util.regex.Matcher m = KEY_NOT_PRESENT.matcher(p.getServerErrorMessage().getDetail());
                String table = p.getServerErrorMessage().getTable();
                if (!m.find() || table == null) {
                    return null;
                }
                String kind = table.replace('_', ' ');
                String record = writing != null && writing.startsWith(kind + " ")
                        ? kind + " '" + writing.substring(kind.length() + 1) + "'" : kind;
                return "the " + record + " (field " + m.group(1) + ") refers to " + m.group(3).replace('_', ' ')
                        + " '" + m.group(2) + "', which is neither in the file nor in the store";
            }
        }
        return null;
    }
}
