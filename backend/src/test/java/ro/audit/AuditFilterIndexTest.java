package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Each filter of the trail, in the shape Hibernate writes it (a role as a literal LIKE with an empty escape), is served by
 * its index walked backwards (newest first), so a page stops after its rows on the busiest table. Seq scans are switched
 * off so the small test table does not hide a missing or unmatched index. The values filtered on are ones no entry has:
 * with a common one (the trail the other tests leave has many CASE or READ entries) the planner may rightly prefer the
 * primary key walked backwards with a filter, which proves nothing about the filter's own index.
 */
@QuarkusTest
class AuditFilterIndexTest {

    @Inject
    DataSource db;

    @Test
    void every_filter_walks_its_own_index_newest_first() throws SQLException {
        String page = " order by ae1_0.seq desc fetch first 26 rows only";
        Map<String, String> plans = Map.of(
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.username='no-such-user' and ae1_0.seq < 1000" + page,
                "Scan Backward using audit_entry_by_username",
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.subject='0b7c2f1e-1111-4222-8333-444455556666'" + page,
                "Scan Backward using audit_entry_by_subject",
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.roles like '%auditor%' escape ''" + page,
                "Scan Backward using audit_entry_by_auditor",
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.roles like '%integration%' escape ''" + page,
                "Scan Backward using audit_entry_by_integration",
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.action='NO_SUCH_ACTION'" + page,
                "Scan Backward using audit_entry_by_action",
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.resource_type='NO_SUCH_TYPE'" + page,
                "Scan Backward using audit_entry_by_type",
                "select ae1_0.seq from audit_entry ae1_0 where 1=1 and ae1_0.request_id='req-1'" + page,
                "Scan Backward using audit_entry_by_request",
                "select seq from audit_entry where at >= now() order by at limit 1", "Index Scan using audit_entry_by_time");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            s.execute("set enable_bitmapscan = off");
            for (Map.Entry<String, String> query : plans.entrySet()) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("explain " + query.getKey())) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).as(query.getKey()).contains(query.getValue());
            }
            s.execute("reset enable_bitmapscan");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain select seq from audit_entry where ((resource_type = 'CASE' and resource_id = 'x')"
                    + " or (regexp_split_to_array(details, '[,=]') @> array[cast('x' as text)] and resource_type <> 'AUDIT_ENTRY'))"
                    + " order by seq desc limit 26")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).as("a record's access log").contains("BitmapOr")
                    .contains("Bitmap Index Scan on audit_entry_mentions");
            s.execute("reset enable_seqscan");
        }
    }
}
