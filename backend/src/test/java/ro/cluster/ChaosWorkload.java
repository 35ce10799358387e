package ro.cluster;

import static ro.testing.Callers.coordinator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;
import ro.testing.Referrals;

/**
 * Random writes through the API as the program's users make them, each of several rows or a file: an integration's
 * referral (retried with its Idempotency-Key when it got no answer), a harmed person's request (often matching an
 * offender referred before), a case's stage move (round the stages, closing and reopening), a message recorded, a
 * video file of a few MB uploaded in pieces, a message submitted or approved, a meeting scheduled, a consent recorded.
 */
final class ChaosWorkload {

    enum Kind {
        INTEGRATION_REFERRAL, HARMED_REQUEST, STAGE_MOVE, MESSAGE_RECORD, UPLOAD, MESSAGE_MOVE, MEETING, CONSENT
    }

    /** What a write answered 2xx must have left: a count (SQL, as the owner) at least as large as its answers. */
    record Proof(String what, String sql, List<Object> parameters) {
    }

    /** A write to send as a user (its token is taken when it is sent): its request, how its body goes out, what a 2xx answer proves. */
    record Write(Kind kind, String user, String method, String path, Map<String, String> headers, byte[] body, int pieces,
            Function<JsonPath, Proof> proof) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Kind> WEIGHTED = List.of(Kind.INTEGRATION_REFERRAL, Kind.HARMED_REQUEST, Kind.STAGE_MOVE, Kind.MESSAGE_RECORD,
            Kind.UPLOAD, Kind.UPLOAD, Kind.UPLOAD, Kind.MESSAGE_MOVE, Kind.MEETING, Kind.CONSENT);
    private static final String STEPS = "PREPARATION>DIALOGUE,DIALOGUE>FOLLOW_UP,FOLLOW_UP>CLOSED,CLOSED>PREPARATION";
    static final int UPLOAD_PIECES = 12;

    private final Random random;
    private final ClusterDatabase database;
    private final FreshTokens tokens;
    private final int smallestUpload;
    private final List<OpenedCase> dialogue = new ArrayList<>();
    private final List<String> referredNumbers = new ArrayList<>();
    private final Deque<Write> unanswered = new ArrayDeque<>();
    private OpenedCase staged;

    ChaosWorkload(Random random, ClusterDatabase database, FreshTokens tokens, int smallestUpload) {
        this.random = random;
        this.smallestUpload = smallestUpload;
        this.database = database;
        this.tokens = tokens;
    }

    /**
     * The cases the writes go to (made through the API at RestAssured's base address, never killed): two in DIALOGUE
     * with every way chosen, the offender agreeing to letters, video messages and meetings, the harmed person to
     * meetings; one whose stage goes round.
     */
    void prepare() {
        for (int i = 0; i < 2; i++) {
            OpenedCase c = Cases.open("mediator1");
            coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
            coordinator().body(Map.of("ways", List.of("FACE_TO_FACE", "LETTERS", "VIDEO_MESSAGES", "SHUTTLE")))
                    .put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
            consent(c, c.offenderId(), "LETTERS");
            consent(c, c.offenderId(), "VIDEO_MESSAGES");
            consent(c, c.offenderId(), "FACE_TO_FACE");
            consent(c, c.harmedPersonId(), "FACE_TO_FACE");
            dialogue.add(c);
        }
        staged = Cases.open("mediator1");
    }

    private static void consent(OpenedCase c, String participant, String way) {
        coordinator().body(Map.of("way", way, "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + participant + "/consents").then().statusCode(200);
    }

    /** The next write, at random (reads and a message for an upload are made first, at this API, unkilled). */
    Write next(String api) {
        return switch (WEIGHTED.get(random.nextInt(WEIGHTED.size()))) {
            case INTEGRATION_REFERRAL -> !unanswered.isEmpty() && random.nextInt(4) > 0 ? unanswered.peek() : integrationReferral();
            case HARMED_REQUEST -> harmedRequest();
            case STAGE_MOVE -> stageMove();
            case MESSAGE_RECORD -> messageRecord(aCase());
            case UPLOAD -> upload(api);
            case MESSAGE_MOVE -> messageMove();
            case MEETING -> meeting();
            case CONSENT -> consent();
        };
    }

    /** What the client was answered: a referral that got no answer is sent again later with the same key, as an integration retries. */
    void answered(Write write, KilledWrite.Outcome outcome) {
        if (write.kind() != Kind.INTEGRATION_REFERRAL) {
            return;
        }
        if (outcome.answered()) {
            unanswered.remove(write);
        } else if (!unanswered.contains(write)) {
            unanswered.add(write);
        }
    }

    /**
     * How long after a JSON write's body is sent the process is killed: half the time within 150 ms (mostly while the
     * write is under way), otherwise within a second (often after its answer), so kills fall before, during and after.
     */
    Duration killDelay() {
        return Duration.ofMillis(random.nextInt(random.nextBoolean() ? 150 : 1000));
    }

    /** Where an upload's kill falls: mid-body two times in three, otherwise shortly after the last piece. */
    KilledWrite.KillPoint uploadKillPoint() {
        return random.nextInt(3) > 0 ? new KilledWrite.KillPoint(1 + random.nextInt(UPLOAD_PIECES - 1), Duration.ZERO)
                : KilledWrite.KillPoint.after(killDelay());
    }

    private Write integrationReferral() {
        String number = Participants.offenderNumber();
        Map<String, Object> body = new HashMap<>(Referrals.staffReferral(number));
        body.put("onBehalfOf", "staff1");
        Map<String, String> headers = json();
        headers.put("Idempotency-Key", "chaos-" + UUID.randomUUID());
        referredNumbers.add(number);
        return new Write(Kind.INTEGRATION_REFERRAL, "integration", "POST", "/api/offender-referrals", headers, bytes(body), 1,
                j -> exists("referral", j.getString("id")));
    }

    private Write harmedRequest() {
        String number = referredNumbers.isEmpty() || random.nextInt(4) == 0 ? null : referredNumbers.get(random.nextInt(referredNumbers.size()));
        return new Write(Kind.HARMED_REQUEST, "coordinator1", "POST", "/api/referrals/harmed-person-requests", json(),
                bytes(Referrals.harmedRequest(number)), 1, j -> exists("referral", j.getString("id")));
    }

    private Write stageMove() {
        String from = row("SELECT stage FROM case_file WHERE id = ?::uuid", staged.id()).get(0);
        String to = STEPS.substring(STEPS.indexOf(from + ">") + from.length() + 1).split(",")[0];
        Map<String, Object> body = new HashMap<>(Map.of("stage", to));
        if (to.equals("CLOSED")) {
            body.put("outcomeSummary", "The process ran its course");
            body.put("closureOutcome", "DIALOGUE_COMPLETED");
        }
        return new Write(Kind.STAGE_MOVE, "coordinator1", "POST", "/api/cases/" + staged.id() + "/stage", json(), bytes(body), 1,
                j -> new Proof("a stage move to " + to, "SELECT count(*) FROM case_event WHERE case_id = ?::uuid AND kind = 'STAGE' AND stage = ?",
                        List.of(staged.id(), to)));
    }

    private Write messageRecord(OpenedCase c) {
        Map<String, Object> body = new HashMap<>(Map.of("authorId", c.harmedPersonId(), "recipientId", c.offenderId()));
        if (random.nextBoolean()) {
            body.put("kind", "LETTER");
            body.put("text", "I want you to understand what that night did to us.");
        } else {
            body.put("kind", "VIDEO_MESSAGE");
        }
        return new Write(Kind.MESSAGE_RECORD, "coordinator1", "POST", "/api/cases/" + c.id() + "/messages", json(), bytes(body), 1,
                j -> exists("message", j.getString("id")));
    }

    /** A video of a few MB (2 to 4 beside S3's 8 MiB parts) for a video message still without one (recorded first when there is none). */
    private Write upload(String api) {
        List<String> draft = row("""
                SELECT case_id::text, id::text FROM message WHERE kind = 'VIDEO_MESSAGE' AND state = 'DRAFT' AND original_file_id IS NULL
                 ORDER BY random() LIMIT 1""");
        if (draft.isEmpty()) {
            OpenedCase c = aCase();
            Map<String, Object> body = Map.of("kind", "VIDEO_MESSAGE", "authorId", c.harmedPersonId(), "recipientId", c.offenderId());
            String id = tokens.as("coordinator1", api).body(body).post("/api/cases/" + c.id() + "/messages").then().statusCode(201)
                    .extract().path("id");
            draft = List.of(c.id(), id);
        }
        byte[] video = new byte[smallestUpload + random.nextInt(2_000_000)];
        random.nextBytes(video);
        System.arraycopy(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 }, 0, video, 0, 4);
        String sha = Invariants.sha256(new java.io.ByteArrayInputStream(video));
        Map<String, String> headers = json();
        headers.put("Content-Type", "application/octet-stream");
        String message = draft.get(1);
        return new Write(Kind.UPLOAD, "coordinator1", "POST", "/api/cases/" + draft.get(0) + "/messages/" + message + "/uploads/original", headers, video,
                UPLOAD_PIECES, j -> new Proof("an uploaded video", """
                        SELECT count(*) FROM stored_file f JOIN message m ON m.original_file_id = f.id WHERE m.id = ?::uuid AND f.sha256 = ?""",
                        List.of(message, sha)));
    }

    /** A draft with its content submitted, or a message in review approved; a message is recorded when there is none. */
    private Write messageMove() {
        List<String> m = row("""
                SELECT case_id::text, id::text, state, version::text, kind FROM message
                 WHERE (state = 'DRAFT' AND (original_file_id IS NOT NULL OR kind = 'LETTER')) OR state = 'IN_REVIEW'
                 ORDER BY random() LIMIT 1""");
        if (m.isEmpty()) {
            return messageRecord(aCase());
        }
        boolean submit = m.get(2).equals("DRAFT");
        String to = submit ? "IN_REVIEW" : "APPROVED";
        Map<String, String> headers = json();
        headers.put("If-Match", "\"" + m.get(3) + "\"");
        Map<String, Object> approval = m.get(4).equals("LETTER") ? Map.of("textDecision", "AS_IS")
                : Map.of("fileDecision", "AS_IS", "fileCheckedForContactDetails", true);
        return new Write(Kind.MESSAGE_MOVE, "coordinator1", "POST", "/api/cases/" + m.get(0) + "/messages/" + m.get(1) + (submit ? "/submit" : "/approve"),
                headers, submit ? new byte[0] : bytes(approval), 1,
                j -> new Proof("a message moved to " + to, "SELECT count(*) FROM event_outbox WHERE subject = ?::uuid"
                        + " AND type = 'MESSAGE_STATE_CHANGED' AND data->>'state' = ?", List.of(m.get(1), to)));
    }

    private Write meeting() {
        OpenedCase c = aCase();
        return new Write(Kind.MEETING, "coordinator1", "POST", "/api/cases/" + c.id() + "/meetings", json(), bytes(Cases.meeting(c)), 1,
                j -> exists("meeting", j.getString("id")));
    }

    private Write consent() {
        OpenedCase c = aCase();
        boolean given = random.nextBoolean();
        return new Write(Kind.CONSENT, "coordinator1", "POST", "/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/consents", json(),
                bytes(Map.of("way", "SHUTTLE", "given", given, "how", "VERBAL")), 1,
                j -> new Proof("a consent", "SELECT count(*) FROM consent WHERE case_id = ?::uuid AND participant_id = ?::uuid"
                        + " AND way = 'SHUTTLE' AND given = ?", List.of(c.id(), c.harmedPersonId(), given)));
    }

    private OpenedCase aCase() {
        return dialogue.get(random.nextInt(dialogue.size()));
    }

    private static Proof exists(String table, String id) {
        return new Proof("a " + table, "SELECT count(*) FROM " + table + " WHERE id = ?::uuid", List.of(id));
    }

    private static Map<String, String> json() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        return headers;
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first row a query answers (empty when none), as text. */
    private List<String> row(String sql, Object... parameters) {
        try (var c = database.asOwner(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            var rs = s.executeQuery();
            List<String> row = new ArrayList<>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
            }
            return row;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
