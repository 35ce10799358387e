package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.Participants;
import ro.testing.Referrals;

/** The referral queue and the case lists are searched by a person's name or offender number; matches carry names. */
@QuarkusTest
class PeopleSearchApiTest {

    @Inject
    DataSource db;

    private static List<String> referralIds(String q) {
        return coordinator().queryParam("q", q).queryParam("size", 100).get("/api/referrals").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    private static List<String> caseIds(String caller, String q) {
        return as(caller).queryParam("q", q).queryParam("size", 100).get("/api/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    private static String lastNameOf(String participantId) {
        return coordinator().get("/api/participants/" + participantId).then().statusCode(200).extract().path("lastName");
    }

    @Test
    void the_referral_queue_is_searched_by_name_prefix_accents_and_case_aside_or_by_offender_number() {
        String number = Participants.offenderNumber();
        String request = Referrals.harmedPersonAsks(number);
        String referral = Referrals.referredByStaff1(number);
        String harmedLast = coordinator().get("/api/referrals/" + request).then().extract().path("harmedPerson.lastName");

        assertThat(referralIds("helene " + harmedLast.substring(0, 10).toUpperCase())).contains(request).doesNotContain(referral);
        assertThat(referralIds("HÉLÈNE " + harmedLast)).contains(request);
        assertThat(referralIds(harmedLast.substring(1))).as("a prefix of a word, not any part of it").doesNotContain(request);
        assertThat(referralIds(number.substring(0, 8).toLowerCase())).contains(request, referral);
        assertThat(referralIds(number)).containsExactlyInAnyOrder(request, referral);
        assertThat(referralIds("nobody" + harmedLast)).isEmpty();
        coordinator().queryParam("q", "x".repeat(101)).get("/api/referrals").then().statusCode(400);
    }

    @Test
    void the_cases_lists_are_searched_within_what_the_caller_reaches_and_the_search_text_is_never_audited() {
        OpenedCase mine = Cases.open("mediator1");
        OpenedCase other = Cases.open("mediator2");
        String offenderLast = lastNameOf(mine.offenderId());
        String harmedLast = lastNameOf(other.harmedPersonId());

        assertThat(caseIds("coordinator1", "marc " + offenderLast.toLowerCase())).containsExactly(mine.id());
        assertThat(caseIds("coordinator1", harmedLast)).containsExactly(other.id());
        assertThat(caseIds("mediator1", offenderLast)).containsExactly(mine.id());
        assertThat(caseIds("mediator1", harmedLast)).as("a mediator not on the case does not find it").isEmpty();
        assertThat(caseIds("mediator2", harmedLast)).containsExactly(other.id());
        String unique = Participants.unique("Zz");
        assertThat(caseIds("coordinator1", unique)).isEmpty();
        as("staff1").queryParam("q", harmedLast).get("/api/cases").then().statusCode(403);

        assertThat(Database.count(db, "select count(*) from audit_entry where details like '%" + unique + "%'")).isZero();
        assertThat(Database.count(db, "select count(*) from audit_entry where resource_type = 'CASE' and action = 'LIST'"
                + " and details like '%searched=true%' and details like '%" + other.id() + "%'")).isPositive();
    }

    /** As many more people of the same name as a search once took, sorted before this one (ids of eight zeros first). */
    private void namesakes(String participantId) throws SQLException {
        assertThat(participantId).doesNotStartWith("00000000");
        Database.execute(db, """
                insert into participant (id, kind, first_name, last_name, preferred_language, search_key, version, created_at,
                                         updated_at, created_by)
                select ('00000000' || substr(gen_random_uuid()::text, 9))::uuid, 'SUPPORT_PERSON', p.first_name, p.last_name, 'EN',
                       p.search_key, 0, now(), now(), 'test'
                from participant p, generate_series(1, 1100) where p.id = '%s'""".formatted(participantId));
    }

    @Test
    void a_name_more_than_a_thousand_people_bear_still_finds_every_referral_and_case_of_it() throws SQLException {
        String request = Referrals.harmedPersonAsks(Participants.offenderNumber());
        String harmedId = Database.text(db, "select harmed_person_id from referral where id = '" + request + "'").strip();
        OpenedCase c = Cases.open("mediator1");
        namesakes(harmedId);
        namesakes(c.offenderId());

        assertThat(referralIds(lastNameOf(harmedId))).contains(request);
        assertThat(caseIds("coordinator1", lastNameOf(c.offenderId()))).containsExactly(c.id());
        assertThat(caseIds("mediator1", lastNameOf(c.offenderId()))).containsExactly(c.id());
    }

    @Test
    void a_match_names_the_harmed_person_and_the_offender_for_coordinators() {
        String number = Participants.offenderNumber();
        String request = Referrals.harmedPersonAsks(number);
        String referral = Referrals.referredByStaff1(number);
        var harmed = coordinator().get("/api/referrals/" + request).then().extract().jsonPath();
        var offender = coordinator().get("/api/referrals/" + referral).then().extract().jsonPath();
        String match = "find { it.offenderReferralId == '" + referral + "' }";
        coordinator().queryParam("size", 100).get("/api/referrals/matches").then().statusCode(200)
                .body(match + ".harmedPersonName", equalTo("Hélène " + harmed.getString("harmedPerson.lastName")))
                .body(match + ".offenderName", equalTo("Marc " + offender.getString("offender.lastName")));
        as("mediator1").get("/api/referrals/matches").then().statusCode(403);
        as("staff1").get("/api/referrals/matches").then().statusCode(403);
        coordinator().queryParam("size", 100).get("/api/referrals/matches").then().body("harmedPersonName", not(hasItem((Object) null)));
    }
}
