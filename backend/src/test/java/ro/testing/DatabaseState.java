package ro.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What a request could have changed: the row count of every table and the sum of every version column.
 * The rate limiter's buckets are left out: every request spends from them, refused or not, and they hold no
 * record of the program. So are the audit chain's seals and checkpoints: the sealer writes them in the
 * background for entries already committed (the entries themselves are counted).
 */
public final class DatabaseState {

    private final DataSource ds;
    private final List<String> measures = new ArrayList<>();

    public DatabaseState(DataSource ds) {
        this.ds = ds;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select t.table_name, exists (select 1 from information_schema.columns k"
                        + " where k.table_schema = t.table_schema and k.table_name = t.table_name and k.column_name = 'version'"
                        + " and k.data_type in ('smallint', 'integer', 'bigint'))"
                        + " from information_schema.tables t where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'"
                        + " order by t.table_name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (List.of("rate_limit_bucket", "audit_seal", "audit_checkpoint").contains(table)) {
                    continue;
                }
                measures.add("select '" + table + " rows', count(*) from " + table);
                if (rs.getBoolean(2)) {
                    measures.add("select '" + table + " versions', coalesce(sum(version), 0) from " + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> state = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(String.join(" union all ", measures))) {
            while (rs.next()) {
                state.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return state;
    }

    public static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changed = new StringBuilder();
        after.forEach((measure, value) -> {
            if (!value.equals(before.get(measure))) {
                changed.append(measure).append(": ").append(before.get(measure)).append(" -> ").append(value).append("; ");
            }
        });
        return changed.toString();
    }
}
