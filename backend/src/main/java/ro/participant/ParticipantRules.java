package ro.participant;

import java.util.ArrayList;
import java.util.List;

import ro.rules.Breach;

/**
 * What the spec requires of a participant's identity: an offender has a unique offender number and
 * an institution and no contact details on file (the program reaches them through the institution);
 * nobody else has an offender number or institution.
 */
public final class ParticipantRules {

    private ParticipantRules() {
    }

    public static List<Breach> check(ParticipantKind kind, String offenderNumber, String institution, boolean hasContact) {
        return check(kind, offenderNumber, institution, false, hasContact);
    }

    /** As above, with whether an institution was chosen from the list (by its id). */
    public static List<Breach> check(ParticipantKind kind, String offenderNumber, String institution, boolean institutionChosen,
            boolean hasContact) {
        List<Breach> breaches = new ArrayList<>();
        if (kind == ParticipantKind.OFFENDER) {
            if (offenderNumber == null || offenderNumber.isBlank()) {
                breaches.add(new Breach("offenderNumber", "RequiredForOffenders", "participant.offender-number.required"));
            }
            if (hasContact) {
                breaches.add(new Breach("contact", "RefusedForOffenders", "participant.contact.refused"));
            }
        } else {
            if (offenderNumber != null) {
                breaches.add(new Breach("offenderNumber", "OnlyForOffenders", "participant.offender-number.refused"));
            }
            if (institution != null) {
                breaches.add(new Breach("institution", "OnlyForOffenders", "participant.institution.refused"));
            }
            if (institutionChosen) {
                breaches.add(new Breach("institutionId", "OnlyForOffenders", "participant.institution.refused"));
            }
        }
        return breaches;
    }
}
