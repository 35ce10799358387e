package ro.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.sql.Connection;
import java.sql.Statement;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ro.notifications.GreenMailResource.Received;
import ro.notifications.service.NotificationsConfig;
import ro.notifications.service.Notifier;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.DatabaseRoles;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.TestClock;

/**
 * The notifier, scan by scan, against a real SMTP server: a notice per new work for IMMEDIATE, one digest a
 * day, in the person's language, for their own cases' work and their chosen kinds only, and never a word of
 * a case.
 */
@QuarkusTest
class NotifierTest {

    static final String MEDIATOR = "mediator1@ro.example.org";
    static final String COORDINATOR = "coordinator1@ro.example.org";

    @Inject
    Notifier notifier;

    @Inject
    NotificationsConfig config;

    @Inject
    TestClock clock;

    @BeforeEach
    void quiet() {
        // nobody else hears anything in these tests but the people each one sets up
        for (String who : List.of("coordinator1", "mediator1", "mediator2")) {
            Notices.choose(who, false, List.of(), "IMMEDIATE", "en");
        }
        GreenMailResource.purge();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_mediator_is_told_once_per_new_message_of_their_own_cases_in_french_and_never_what_it_is_about() {
        Notices.choose("mediator1", true, List.of("messages-to-screen"), "IMMEDIATE", "fr");
        notifier.scan(); // what waited already is told of once
        GreenMailResource.purge();
        notifier.scan();
        assertThat(GreenMailResource.to(MEDIATOR)).isEmpty();

        OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c, "submit");
        notifier.scan();
        notifier.scan();
        List<Received> mails = GreenMailResource.to(MEDIATOR);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Du travail vous attend dans Possibilités de justice réparatrice");
            assertThat(m.from()).contains("no-reply@ro.example.org");
            assertThat(m.text()).contains("Messages à examiner").contains(config.portalUrl() + "/work").doesNotContain("Messages to review");
            assertThat(m.html()).contains("lang=\"fr\"").contains("<li>Messages à examiner</li>").contains("href=\"" + config.portalUrl() + "/work\"");
            assertNothingOf(m, c, letter);
        });

        // new work of the same kind: one more notice
        Cases.letter(c, "submit");
        notifier.scan();
        assertThat(GreenMailResource.to(MEDIATOR)).hasSize(2);
    }

    @Test
    void work_on_another_mediators_case_of_a_kind_not_chosen_or_with_email_off_is_never_told() {
        Notices.choose("mediator1", true, List.of("messages-to-screen"), "IMMEDIATE", "en");
        notifier.scan();
        GreenMailResource.purge();

        OpenedCase theirs = Cases.inDialogue("mediator2");
        Cases.letter(theirs, "submit");
        notifier.scan();
        assertThat(GreenMailResource.to(MEDIATOR)).as("another mediator's case").isEmpty();

        OpenedCase mine = Cases.open("mediator1");
        Cases.assessSafety(mine.id(), mine.harmedPersonId(), "LOW", false, LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        notifier.scan();
        assertThat(GreenMailResource.to(MEDIATOR)).as("a reassessment due: not a chosen kind").isEmpty();

        Notices.choose("mediator1", false, List.of("messages-to-screen", "reassessments-due"), "IMMEDIATE", "en");
        OpenedCase talking = Cases.inDialogue("mediator1");
        Cases.letter(talking, "submit");
        notifier.scan();
        assertThat(GreenMailResource.to(MEDIATOR)).as("e-mail off").isEmpty();
    }

    @Test
    void a_coordinator_gets_one_digest_a_day_at_the_digest_time_in_english_listing_what_waits() {
        String number = Participants.offenderNumber();
        Map<String, Object> staff = Referrals.staffReferral(number);
        staff.put("noContactCondition", "No contact with the victim or her family");
        String referral = as("staff1").body(staff).post("/api/offender-referrals").then().statusCode(201).extract().path("id");
        Notices.choose("coordinator1", true, List.of("no-contact-reviews"), "DAILY_DIGEST", "en");

        toUnspentDays();
        toNextDigestTime();
        notifier.scan();
        notifier.scan();
        List<Received> mails = GreenMailResource.to(COORDINATOR);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Your daily summary: work is waiting in Restorative Opportunities");
            assertThat(m.text()).contains("No-contact conditions to review").contains(config.portalUrl() + "/work")
                    .doesNotContain("Conditions de non-communication");
            assertThat(m.text() + m.html()).doesNotContain(referral).doesNotContain(number).doesNotContain("No contact with the victim")
                    .doesNotContain((String) staff.get("offenderLastName")).doesNotContain("Collins Bay");
        });

        clock.advance(Duration.ofHours(12));
        notifier.scan();
        assertThat(GreenMailResource.to(COORDINATOR)).as("the same day").hasSize(1);
        toNextDigestTime();
        notifier.scan();
        assertThat(GreenMailResource.to(COORDINATOR)).as("the next day").hasSize(2);
    }

    @Test
    void a_digest_before_its_time_is_neither_sent_nor_spent() {
        Notices.choose("coordinator1", true, List.of("no-contact-reviews", "referrals-waiting", "quiet-cases"), "DAILY_DIGEST", "fr");
        Map<String, Object> staff = Referrals.staffReferral(Participants.offenderNumber());
        staff.put("noContactCondition", "Not to approach the family");
        as("staff1").body(staff).post("/api/offender-referrals").then().statusCode(201);
        toUnspentDays();
        toNextDigestTime();
        clock.advance(Duration.ofMinutes(-2));
        notifier.scan();
        assertThat(GreenMailResource.to(COORDINATOR)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        notifier.scan();
        assertThat(GreenMailResource.to(COORDINATOR)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Votre résumé quotidien : du travail vous attend dans Possibilités de justice réparatrice");
            assertThat(m.text()).contains("Conditions de non-communication à examiner");
        });
    }

    @Test
    void a_digest_chosen_after_the_days_digest_time_starts_the_next_morning() {
        Map<String, Object> staff = Referrals.staffReferral(Participants.offenderNumber());
        staff.put("noContactCondition", "Not to write to the family");
        as("staff1").body(staff).post("/api/offender-referrals").then().statusCode(201);
        toUnspentDays();
        toNextDigestTime();
        clock.advance(Duration.ofHours(2));
        Notices.choose("coordinator1", true, List.of("no-contact-reviews"), "DAILY_DIGEST", "en");
        notifier.scan();
        assertThat(GreenMailResource.to(COORDINATOR)).isEmpty();
        toNextDigestTime();
        notifier.scan();
        assertThat(GreenMailResource.to(COORDINATOR)).hasSize(1);
    }

    @Test
    void a_send_that_fails_is_tried_again_at_the_next_scan() {
        Notices.choose("mediator1", true, List.of("messages-to-screen"), "IMMEDIATE", "en");
        notifier.scan();
        GreenMailResource.purge();
        OpenedCase c = Cases.inDialogue("mediator1");
        Cases.letter(c, "submit");
        GreenMailResource.pause();
        try {
            assertThat(notifier.scan()).isZero();
        } finally {
            GreenMailResource.resume();
        }
        assertThat(notifier.scan()).isEqualTo(1);
        assertThat(GreenMailResource.to(MEDIATOR)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Work is waiting for you in Restorative Opportunities"));
    }

    @Test
    void a_person_another_replica_holds_is_passed_over_and_told_once_it_lets_go() throws Exception {
        Notices.choose("mediator1", true, List.of("messages-to-screen"), "IMMEDIATE", "en");
        notifier.scan();
        GreenMailResource.purge();
        OpenedCase c = Cases.inDialogue("mediator1");
        Cases.letter(c, "submit");
        try (Connection other = DatabaseRoles.asApp()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                // the other replica's claim on mediator1's row, held while this one scans
                s.execute("select subject from notification_preference where username = 'mediator1' for update");
                assertThat(notifier.scan()).isZero();
                assertThat(GreenMailResource.to(MEDIATOR)).isEmpty();
            } finally {
                other.rollback();
            }
        }
        assertThat(notifier.scan()).isEqualTo(1);
        assertThat(GreenMailResource.to(MEDIATOR)).hasSize(1);
    }

    @Test
    void no_digest_when_nothing_waits_in_the_chosen_kinds() {
        toUnspentDays();
        toNextDigestTime();
        List<Map<String, Object>> queues = as("mediator2").get("/api/work").then().statusCode(200).extract().jsonPath().getList("$");
        String empty = queues.stream().filter(q -> ((Number) q.get("count")).longValue() == 0).map(q -> (String) q.get("queue")).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(empty != null, "mediator2 has an empty queue");
        Notices.choose("mediator2", true, List.of(empty), "DAILY_DIGEST", "en");
        toNextDigestTime();
        notifier.scan();
        assertThat(GreenMailResource.to("mediator2@ro.example.org")).isEmpty();
    }

    /** How far ahead the digest tests work: each further than the last, past the days an earlier one spent. */
    private static int daysAhead;

    /** Moves the clock to days no earlier test has had a digest on. */
    private void toUnspentDays() {
        daysAhead += 10;
        clock.advance(Duration.ofDays(daysAhead));
    }

    /** Moves the clock just past the next digest time. */
    private void toNextDigestTime() {
        ZonedDateTime now = clock.instant().atZone(config.zone());
        ZonedDateTime next = now.with(config.digestAt());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        clock.advance(Duration.between(now, next).plusMinutes(1));
    }

    /** The mail says nothing of the case: no id, no name, no number, no text. */
    private static void assertNothingOf(Received mail, OpenedCase c, String letter) {
        List<String> secrets = new ArrayList<>(List.of(c.id(), c.harmedPersonId(), c.offenderId(), letter, "Words"));
        for (String person : List.of(c.harmedPersonId(), c.offenderId())) {
            Map<String, Object> p = coordinator().get("/api/participants/" + person).then().statusCode(200).extract().jsonPath().getMap("$");
            for (String field : List.of("firstName", "lastName", "offenderNumber")) {
                if (p.get(field) instanceof String value && !value.isBlank()) {
                    secrets.add(value);
                }
            }
        }
        String all = mail.subject() + mail.text() + mail.html();
        assertThat(secrets).allSatisfy(secret -> assertThat(all).doesNotContain(secret));
    }
}
