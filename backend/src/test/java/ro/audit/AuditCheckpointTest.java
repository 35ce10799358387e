package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static ro.testing.Callers.as;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ro.testing.DatabaseRoles;

/**
 * Signed checkpoints catch what the chain alone cannot: a cut tail, a removed checkpoint, a forged one.
 * Each tamper is what an owner with direct database access could do (triggers off for the session),
 * done while the sealers are paused and undone afterwards.
 */
@QuarkusTest
class AuditCheckpointTest {

    @Inject
    AuditSealer sealers;

    @Test
    void the_auditor_lists_signed_checkpoints_that_a_copy_outside_the_database_can_check_with_the_listed_key() throws Exception {
        try (Connection c = Sealing.pausedSealers(); Connection writer = DatabaseRoles.asApp()) {
            Sealing.sealThrough(sealers.newSealer(1000), c, Sealing.write(writer, "listed-checkpoint"), true);
        }
        JsonPath page = as("auditor1").queryParam("size", 1).get("/api/audit/checkpoints").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519")).extract().jsonPath();
        Map<String, Object> newest = page.getMap("items[0]");
        String text = String.join("|", "ro-audit-checkpoint", newest.get("number").toString(), newest.get("at").toString(),
                newest.get("sealed").toString(), newest.get("lastSeq").toString(), newest.get("head").toString());
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(page.getString("publicKey"))));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(signature.verify(Base64.getDecoder().decode(newest.get("signature").toString()))).isTrue();
        assertThat(newest.get("keyId")).isEqualTo(page.getString("keyId"));
    }

    @Test
    void each_checkpoint_is_written_to_the_log_as_one_line_with_its_signature() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord line) {
                lines.add(line.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(AuditSealer.class.getName());
        log.addHandler(handler);
        try (Connection c = Sealing.pausedSealers(); Connection writer = DatabaseRoles.asApp()) {
            long seq = Sealing.write(writer, "logged-checkpoint");
            ChainSealer sealer = sealers.newSealer(1000);
            AuditCheckpoint checkpoint = null;
            for (int i = 0; i < 400 && (checkpoint == null || checkpoint.lastSeq() < seq); i++) {
                ChainSealer.Batch batch = AuditSealer.sealOnce(sealer, c, true);
                checkpoint = batch.checkpoint() == null ? checkpoint : batch.checkpoint();
                Sealing.pause();
            }
            assertThat(checkpoint).isNotNull();
            assertThat(lines).contains("AUDIT CHECKPOINT number=" + checkpoint.number() + " at=" + checkpoint.at() + " sealed="
                    + checkpoint.sealed() + " lastSeq=" + checkpoint.lastSeq() + " head=" + checkpoint.head() + " key="
                    + checkpoint.keyId() + " signature=" + checkpoint.signature());
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void a_deleted_tail_entry_is_named_by_the_last_checkpoint() throws Exception {
        try (Connection c = Sealing.pausedSealers(); Connection writer = DatabaseRoles.asApp();
                Connection owner = DatabaseRoles.asOwner(); Statement s = owner.createStatement()) {
            AuditCheckpoint checkpoint = Sealing.sealThrough(sealers.newSealer(1000), c, Sealing.write(writer, "tail"), true)
                    .checkpoint();
            tamper(owner, "create temp table cut_seal as select * from audit_seal where position = " + checkpoint.sealed(),
                    "create temp table cut_entry as select * from audit_entry where seq = " + checkpoint.lastSeq(),
                    "delete from audit_seal where position = " + checkpoint.sealed(),
                    "delete from audit_entry where seq = " + checkpoint.lastSeq());
            try {
                as("auditor1").get("/api/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("findings.kind", hasItem("TRUNCATED_TAIL"))
                        .body("findings.find { it.kind == 'TRUNCATED_TAIL' }.checkpoint", equalTo((int) checkpoint.number()))
                        .body("findings.find { it.kind == 'TRUNCATED_TAIL' }.seq", equalTo((int) checkpoint.lastSeq()));
            } finally {
                s.execute("insert into audit_entry select * from cut_entry");
                s.execute("insert into audit_seal select * from cut_seal");
            }
            as("auditor1").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        }
    }

    @Test
    void a_removed_checkpoint_and_a_forged_one_are_each_named() throws Exception {
        try (Connection c = Sealing.pausedSealers(); Connection writer = DatabaseRoles.asApp();
                Connection owner = DatabaseRoles.asOwner(); Statement s = owner.createStatement()) {
            ChainSealer sealer = sealers.newSealer(1000);
            AuditCheckpoint removed = Sealing.sealThrough(sealer, c, Sealing.write(writer, "first-checkpoint"), true).checkpoint();
            AuditCheckpoint forged = Sealing.sealThrough(sealer, c, Sealing.write(writer, "second-checkpoint"), true).checkpoint();
            tamper(owner, "create temp table removed_checkpoint as select * from audit_checkpoint where number = " + removed.number(),
                    "delete from audit_checkpoint where number = " + removed.number(),
                    "update audit_checkpoint set last_seq = last_seq - 1 where number = " + forged.number());
            try {
                as("auditor1").get("/api/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("findings.find { it.kind == 'REMOVED_CHECKPOINT' }.checkpoint", equalTo((int) removed.number()))
                        .body("findings.find { it.kind == 'BAD_SIGNATURE' }.checkpoint", equalTo((int) forged.number()));
            } finally {
                s.execute("insert into audit_checkpoint select * from removed_checkpoint");
                tamper(owner, "update audit_checkpoint set last_seq = last_seq + 1 where number = " + forged.number());
            }
            as("auditor1").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        }
    }

    @Test
    void an_incremental_check_starts_from_a_verified_checkpoint_and_still_names_an_entry_edited_after_it() throws Exception {
        try (Connection c = Sealing.pausedSealers(); Connection writer = DatabaseRoles.asApp();
                Connection owner = DatabaseRoles.asOwner()) {
            ChainSealer sealer = sealers.newSealer(1000);
            AuditCheckpoint from = Sealing.sealThrough(sealer, c, Sealing.write(writer, "verified-up-to-here"), true).checkpoint();
            long edited = Sealing.write(writer, "edited-later");
            Sealing.sealThrough(sealer, c, edited, false);
            JsonPath intact = as("auditor1").queryParam("fromCheckpoint", from.number()).get("/api/audit/verification").then()
                    .statusCode(200).body("intact", equalTo(true)).body("fromCheckpoint", equalTo((int) from.number()))
                    .body("checked", lessThan(100)).extract().jsonPath();
            System.out.printf("Incremental verification from checkpoint %d: %d entries in %d ms%n", from.number(),
                    intact.getLong("checked"), intact.getLong("tookMillis"));
            tamper(owner, "update audit_entry set details = 'forged' where seq = " + edited);
            try {
                as("auditor1").queryParam("fromCheckpoint", from.number()).get("/api/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("findings.find { it.kind == 'EDITED_ENTRY' }.seq", equalTo((int) edited));
            } finally {
                tamper(owner, "update audit_entry set details = null where seq = " + edited);
            }
        }
        as("auditor1").queryParam("fromCheckpoint", "x").get("/api/audit/verification").then().statusCode(400);
    }

    /** As the owner, with the triggers off for this transaction only. */
    private static void tamper(Connection owner, String... statements) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement s = owner.createStatement()) {
            s.execute("set local session_replication_role = replica");
            for (String sql : statements) {
                s.execute(sql);
            }
            owner.commit();
        } finally {
            owner.setAutoCommit(true);
        }
    }
}
