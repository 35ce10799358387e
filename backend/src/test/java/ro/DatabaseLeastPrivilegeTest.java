package ro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.DatabaseRoles;

/**
 * The API connects as a role that owns nothing: whoever takes over the API's connection can read and
 * write rows, but cannot rewrite the audit trail, switch off a trigger or change the schema.
 */
@QuarkusTest
class DatabaseLeastPrivilegeTest {

    private static final String AUDIT_TRIGGER = "audit_entry_no_update_or_delete";
    private static final List<String> AUDIT_TABLES = List.of("audit_entry", "audit_seal", "audit_checkpoint");
    /** Facts the API adds and reads, never changes or removes (issue 16: the event outbox, V27). */
    private static final List<String> FACT_TABLES = List.of("event_outbox");
    private static final Map<String, String> AN_UPDATE = Map.of("audit_entry", "action = 'NOTHING'",
            "audit_seal", "hash = prev_hash", "audit_checkpoint", "sealed = 0");

    @Test
    void the_api_connects_as_a_role_other_than_the_owner_that_owns_nothing() throws SQLException {
        try (Connection app = DatabaseRoles.asApp(); Connection owner = DatabaseRoles.asOwner()) {
            assertThat(text(app, "select current_user")).isNotEqualTo(text(owner, "select current_user"));
            assertThat(text(app, "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)"))
                    .isEqualTo("0");
            assertThat(text(app, "select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user"))
                    .isEqualTo("f");
        }
    }

    @Test
    void the_api_role_can_neither_change_nor_remove_an_audit_entry_a_seal_or_a_checkpoint() throws SQLException {
        try (Connection app = DatabaseRoles.asApp(); Statement s = app.createStatement()) {
            // what exists now (the sealer may add to it meanwhile, never change it)
            String state = "select (select count(*) || ':' || md5(string_agg(action, ',' order by seq)) from audit_entry where seq <= "
                    + text(app, "select coalesce(max(seq), 0) from audit_entry") + ") || ':' || (select count(*) || ':'"
                    + " || coalesce(md5(string_agg(hash, ',' order by position)), '') from audit_seal where position <= "
                    + text(app, "select coalesce(max(position), 0) from audit_seal") + ") || ':' || (select count(*)"
                    + " from audit_checkpoint where number <= " + text(app, "select coalesce(max(number), 0) from audit_checkpoint") + ")";
            String before = text(app, state);
            for (String table : AUDIT_TABLES) {
                for (String sql : List.of("update " + table + " set " + AN_UPDATE.get(table),
                        "delete from " + table, "truncate " + table)) {
                    assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied for table " + table);
                }
            }
            assertThat(text(app, state)).isEqualTo(before);
        }
    }

    @Test
    void the_api_role_can_neither_disable_nor_drop_the_audit_triggers_nor_bypass_them() throws SQLException {
        try (Connection app = DatabaseRoles.asApp(); Statement s = app.createStatement()) {
            for (String sql : List.of("alter table audit_entry disable trigger " + AUDIT_TRIGGER,
                    "alter table audit_entry disable trigger all", "drop trigger " + AUDIT_TRIGGER + " on audit_entry",
                    "drop function audit_entry_is_append_only() cascade", "alter table audit_seal disable trigger all",
                    "alter table audit_checkpoint disable trigger all", "drop function audit_is_append_only() cascade")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("must be owner");
            }
            assertThatThrownBy(() -> s.execute("set session_replication_role = replica")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThat(text(app, "select string_agg(tgname || '=' || tgenabled::text, ',' order by tgname) from pg_trigger"
                    + " where tgrelid = 'audit_entry'::regclass"))
                    .isEqualTo("audit_entry_no_truncate=O," + AUDIT_TRIGGER + "=O");
            assertThat(text(app, "select string_agg(tgname || '=' || tgenabled::text, ',' order by tgname) from pg_trigger"
                    + " where tgrelid in ('audit_seal'::regclass, 'audit_checkpoint'::regclass)"))
                    .isEqualTo("audit_checkpoint_no_truncate=O,audit_checkpoint_no_update_or_delete=O,audit_seal_no_truncate=O,"
                            + "audit_seal_no_update_or_delete=O");
        }
    }

    @Test
    void the_api_role_can_neither_alter_nor_drop_any_table_nor_create_one() throws SQLException {
        try (Connection app = DatabaseRoles.asApp(); Statement s = app.createStatement()) {
            List<String> tables = tables(app);
            assertThat(tables).contains("participant", "audit_entry");
            for (String table : tables) {
                assertThatThrownBy(() -> s.execute("alter table " + table + " add column probe int")).as(table)
                        .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
                assertThatThrownBy(() -> s.execute("drop table " + table + " cascade")).as(table)
                        .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            }
            assertThatThrownBy(() -> s.execute("create table probe (id int)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for schema public");
            assertThat(tables(app)).isEqualTo(tables);
            assertThat(text(app, "select count(*) from information_schema.columns where column_name = 'probe'")).isEqualTo("0");
        }
    }

    @Test
    void the_api_role_reads_and_writes_rows_and_adds_audit_entries() throws SQLException {
        try (Connection app = DatabaseRoles.asApp(); Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            try {
                assertThat(s.executeUpdate("insert into audit_entry (seq, at, subject, roles, action, resource_type,"
                        + " request_id) values (-1, now(), 'probe', 'none', 'PROBE', 'PROBE', 'probe')")).isEqualTo(1);
                assertThat(text(app, "select count(*) from audit_entry where seq = -1")).isEqualTo("1");
                assertThat(s.executeUpdate("insert into audit_seal (position, entry_seq, prev_hash, hash)"
                        + " values (-1, -1, repeat('0', 64), repeat('0', 64))")).isEqualTo(1);
                assertThat(s.executeUpdate("insert into audit_checkpoint (number, at, sealed, last_seq, head, key_id, signature)"
                        + " values (-1, now(), 0, 0, repeat('0', 64), 'probe', 'probe')")).isEqualTo(1);
            } finally {
                app.rollback();
            }
            for (String table : tables(app)) {
                String rights = AUDIT_TABLES.contains(table) || FACT_TABLES.contains(table) ? "t,t,f,f" : "t,t,t,t";
                assertThat(text(app, "select concat_ws(',', has_table_privilege('" + table + "', 'SELECT'), has_table_privilege('"
                        + table + "', 'INSERT'), has_table_privilege('" + table + "', 'UPDATE'), has_table_privilege('"
                        + table + "', 'DELETE'))")).as(table).isEqualTo(rights);
            }
            assertThat(text(app, "select bool_and(has_sequence_privilege(c.oid, 'USAGE')) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'S'")).isEqualTo("t");
        }
    }

    @Test
    void a_table_a_later_migration_creates_is_granted_to_the_api_role_automatically() throws SQLException {
        try (Connection owner = DatabaseRoles.asOwner(); Connection app = DatabaseRoles.asApp();
                Statement s = owner.createStatement()) {
            String role = text(app, "select current_user");
            owner.setAutoCommit(false);
            try {
                s.execute("create table later_probe (id bigserial primary key)");
                assertThat(text(owner, "select concat_ws(',', has_table_privilege('" + role + "', 'later_probe', 'SELECT, INSERT, UPDATE, DELETE'),"
                        + " has_table_privilege('" + role + "', 'later_probe', 'TRUNCATE'),"
                        + " has_sequence_privilege('" + role + "', 'later_probe_id_seq', 'USAGE'))")).isEqualTo("t,f,t");
            } finally {
                owner.rollback();
            }
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename <> 'flyway_schema_history' order by tablename")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
