package ro.events;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import ro.testing.Referrals;

/** What the outbox holds, read straight from the database, and the referrals integrations make, for the events tests. */
final class Outboxed {

    static final String INTEGRATION = "service-account-ro-integration";
    static final String SECOND_INTEGRATION = "service-account-ro-integration-2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of event_outbox. */
    record Row(long seq, String id, String type, String subject, Map<String, Object> data, String integration) {

        String state() {
            return (String) data.get("state");
        }

        String previousState() {
            return (String) data.get("previousState");
        }
    }

    private Outboxed() {
    }

    /** The events of one record, in seq order. */
    static List<Row> of(DataSource ds, String subject) {
        return rows(ds, "where subject = '" + java.util.UUID.fromString(subject) + "'");
    }

    /** Every event after this seq, in seq order. */
    static List<Row> after(DataSource ds, long seq) {
        return rows(ds, "where seq > " + seq);
    }

    static long lastSeq(DataSource ds) {
        return ro.testing.Database.count(ds, "select coalesce(max(seq), 0) from event_outbox");
    }

    static List<Row> rows(DataSource ds, String where) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("select seq, id, type, subject, data::text, integration from event_outbox "
                        + where + " order by seq");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        JSON.readValue(rs.getString(5), new TypeReference<Map<String, Object>>() {
                        }), rs.getString(6)));
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The (state, previousState) pairs of a record's events, e.g. "SUBMITTED<-null". */
    static List<String> moves(DataSource ds, String subject) {
        return of(ds, subject).stream().map(r -> r.type() + ":" + r.state() + "<-" + r.previousState()).toList();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The integration of this token refers an offender for staff1; returns the referral id. */
    static String referredBy(String token, String offenderNumber) {
        Map<String, Object> body = Referrals.staffReferral(offenderNumber);
        body.put("onBehalfOf", "staff1");
        return as(token).header("Idempotency-Key", "events-" + java.util.UUID.randomUUID()).body(body).post("/api/offender-referrals")
                .then().statusCode(201).extract().path("id");
    }
}
