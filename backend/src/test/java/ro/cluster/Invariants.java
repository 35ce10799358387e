package ro.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.restassured.path.json.JsonPath;

/**
 * What must hold after any number of processes died at any moment, checked over the database (as its owner),
 * the files' storage and the API:
 * <ol type="a">
 * <li>no partial record: every write of several rows left all or none ({@link RecordChecks#PARTIAL_RECORDS}), and
 * every stored file's row has its file in storage, whose content still has the row's SHA-256;</li>
 * <li>no orphan file: once the orphan sweep has run, every file in storage has its row ({@link #orphans()});</li>
 * <li>no half-applied state move: every state agrees with its record's last event, timeline entry and audit entry
 * ({@link RecordChecks#STATE_AGREEMENT});</li>
 * <li>the audit trail verifies (the auditor's verification) and its chain has no gap.</li>
 * </ol>
 * Each check answers what it found broken, in words: an empty list when everything holds.
 */
public final class Invariants {

    private static final Duration SEALING = Duration.ofSeconds(30);

    private final ClusterDatabase database;
    private final ChaosStorage storage;
    private final FreshTokens tokens = new FreshTokens();

    /** @param storage where the API processes keep message files */
    public Invariants(ClusterDatabase database, ChaosStorage storage) {
        this.database = database;
        this.storage = storage;
    }

    /** Everything but the orphans (which wait for a sweep): (a), (c) and (d), checked through this running API. */
    public List<String> check(String api) {
        List<String> found = new ArrayList<>(records());
        found.addAll(files(api));
        found.addAll(auditChain(api));
        return found;
    }

    /** (a) and (c) over the rows. */
    public List<String> records() {
        try (Connection c = database.asOwner()) {
            return records(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** (a) and (c) over the rows this connection sees (e.g. inside a transaction that tampered with them). */
    static List<String> records(Connection owner) throws SQLException {
        List<String> found = new ArrayList<>();
        RecordChecks.breaches(owner, RecordChecks.PARTIAL_RECORDS).forEach(b -> found.add("partial record: " + b));
        RecordChecks.breaches(owner, RecordChecks.STATE_AGREEMENT).forEach(b -> found.add("half-applied state move: " + b));
        return found;
    }

    /**
     * (a) for files: every stored file row has its file in storage, and the content the API reads of a message's file
     * (decrypted, streamed) has the SHA-256 its row recorded.
     */
    public List<String> files(String api) {
        List<String> found = new ArrayList<>();
        Set<String> stored = storedKeys();
        for (List<String> row : rows("""
                SELECT f.storage_key, f.sha256, m.case_id::text, m.id::text, f.id::text FROM stored_file f
                  LEFT JOIN message m ON m.original_file_id = f.id OR m.redacted_file_id = f.id""")) {
            if (!stored.contains(row.get(0))) {
                found.add("partial record: the stored file " + row.get(4) + " has no file in storage (" + row.get(0) + ")");
            } else if (row.get(3) != null) {
                String read = sha256(tokens.as("coordinator1", api).accept("*/*")
                        .get("/api/cases/" + row.get(2) + "/messages/" + row.get(3) + "/files/" + row.get(4))
                        .then().statusCode(200).extract().asInputStream());
                if (!read.equals(row.get(1))) {
                    found.add("partial record: the stored file " + row.get(4) + " reads with another SHA-256 than recorded");
                }
            }
        }
        return found;
    }

    /** (b) Files and unfinished uploads in storage without a row: none once the orphan sweep has run. */
    public List<String> orphans() {
        Set<String> known = new HashSet<>();
        rows("SELECT storage_key FROM stored_file").forEach(r -> known.add(r.get(0)));
        return entries().stream().filter(e -> !known.contains(e)).toList();
    }

    /** (d) The auditor's verification finds nothing, once every committed entry is sealed; the chain has no gap. */
    public List<String> auditChain(String api) {
        List<String> found = new ArrayList<>();
        JsonPath verification = verification(api);
        long deadline = System.nanoTime() + SEALING.toNanos();
        while (verification.getLong("unsealed") > 0 && System.nanoTime() < deadline) {
            ApiProcess.pause(Duration.ofMillis(500));
            verification = verification(api);
        }
        if (!verification.getBoolean("intact")) {
            found.add("audit trail: verification found " + verification.getList("findings"));
        }
        if (verification.getLong("unsealed") > 0) {
            found.add("audit trail: " + verification.getLong("unsealed") + " committed entries still unsealed after " + SEALING);
        }
        if (database.number("SELECT count(*) - coalesce(max(position), 0) FROM audit_seal") != 0) {
            found.add("audit trail: the chain's positions have a gap");
        }
        if (database.number("""
                SELECT count(*) FROM (SELECT entry_seq, lag(entry_seq) OVER (ORDER BY position) AS before FROM audit_seal) s
                 WHERE s.before >= s.entry_seq""") != 0) {
            found.add("audit trail: the chain does not follow the entries' numbers");
        }
        // entries after the chain's head wait for the sealer (this check's own reads among them); one before it is skipped
        long skipped = database.number("""
                SELECT count(*) FROM audit_entry e WHERE e.seq < (SELECT coalesce(max(entry_seq), 0) FROM audit_seal)
                   AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq)""");
        if (skipped != 0) {
            found.add("audit trail: " + skipped + " committed entries left out of the chain behind its head");
        }
        return found;
    }

    /** How many audit entries the trail holds (for the report). */
    public long auditEntries() {
        return database.number("SELECT count(*) FROM audit_entry");
    }

    private JsonPath verification(String api) {
        return tokens.as("auditor1", api).get("/api/audit/verification").then().statusCode(200).extract().jsonPath();
    }

    /** The keys of whole files in storage (an unfinished upload's {@code .partial} is not one). */
    private Set<String> storedKeys() {
        Set<String> keys = new HashSet<>(entries());
        keys.removeIf(k -> k.endsWith(".partial"));
        return keys;
    }

    private List<String> entries() {
        return storage.names();
    }

    private List<List<String>> rows(String sql) {
        try (Connection c = database.asOwner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String sha256(InputStream content) {
        try (InputStream in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
