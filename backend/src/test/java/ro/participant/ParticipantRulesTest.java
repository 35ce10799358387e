package ro.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ro.rules.Breach;

class ParticipantRulesTest {

    @Test
    void an_offender_must_have_an_offender_number() {
        assertThat(ParticipantRules.check(ParticipantKind.OFFENDER, null, "Joyceville", false))
                .extracting(Breach::field, Breach::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("offenderNumber", "RequiredForOffenders"));
    }

    @Test
    void only_an_offender_has_an_offender_number_or_institution() {
        assertThat(ParticipantRules.check(ParticipantKind.VICTIM, "ABC123", "Joyceville", false))
                .extracting(Breach::field).containsExactly("offenderNumber", "institution");
        assertThat(ParticipantRules.check(ParticipantKind.SUPPORT_PERSON, "ABC123", null, false))
                .extracting(Breach::rule).containsExactly("OnlyForOffenders");
    }

    @Test
    void an_offenders_contact_details_are_never_recorded() {
        assertThat(ParticipantRules.check(ParticipantKind.OFFENDER, "ABC123", null, true))
                .extracting(Breach::field).containsExactly("contact");
    }

    @Test
    void harmed_people_with_contact_details_and_offenders_with_numbers_are_fine() {
        assertThat(ParticipantRules.check(ParticipantKind.FAMILY_MEMBER, null, null, true)).isEmpty();
        assertThat(ParticipantRules.check(ParticipantKind.OFFENDER, "ABC123", "Joyceville", false)).isEmpty();
    }
}
