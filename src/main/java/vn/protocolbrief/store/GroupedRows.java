package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Child rows read in one statement and grouped by the record they belong to (a meeting's, a commitment's). */
final class GroupedRows {
    private GroupedRows() {
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** Rows keyed by their first column, in query order. */
    static <T> Map<String, List<T>> group(Handle h, String sql, Map<String, Object> args, RowReader<T> reader) {
        Map<String, List<T>> out = new HashMap<>();
        var q = h.createQuery(sql);
        args.forEach(q::bind);
        q.map((rs, ctx) -> Map.entry(rs.getString(1), reader.read(rs)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}
