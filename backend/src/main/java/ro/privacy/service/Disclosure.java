package ro.privacy.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import ro.casefile.service.ParticipantCases;
import ro.casefile.service.ParticipantCases.CasePart;
import ro.privacy.model.PartyRole;
import ro.privacy.model.Severing;
import ro.privacy.model.Withholding;
import ro.privacy.service.AccessExport.ExportedCase;
import ro.privacy.service.AccessExport.ExportedReferral;
import ro.privacy.service.AccessExport.ExportedSuitability;
import ro.privacy.service.AccessExport.Withheld;
import ro.referral.service.ReferralsOf;
import ro.relay.service.MessagesOf;

/**
 * What one person's export gives of each record, and what it withholds. Other people are given by role only;
 * every free text given has the others' names and contact details severed. A referral's free text goes only to
 * the person whose referral it is (a harmed person's request to them, a staff referral to the offender); an
 * offender's safety concerns, meetings' safety plans and every case note are withheld with their reason; of a
 * message, the author is given the original and the approved version, the recipient only what was delivered.
 */
final class Disclosure {

    private final UUID self;
    private final boolean offender;
    private final Severing severing;
    private final Function<UUID, PartyRole> roleOf;

    Disclosure(UUID self, String kind, Severing severing, Function<UUID, PartyRole> roleOf) {
        this.self = self;
        this.offender = "OFFENDER".equals(kind);
        this.severing = severing;
        this.roleOf = roleOf;
    }

    private String sever(String text) {
        return severing.text(text);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A correction they asked for: their own words, other people severed from them and from the resolution note. */
    AccessExport.ExportedCorrection correction(ro.privacy.model.CorrectionRequest c) {
        return new AccessExport.ExportedCorrection(c.id, c.recordType.name(), c.field, sever(c.whatIsWrong), sever(c.whatIsAsked),
                c.state.name(), sever(c.resolutionNote), c.requestedAt, c.resolvedAt);
    }

    ExportedReferral referral(ReferralsOf.Naming r, List<Withheld> withheld) {
        boolean theirRequest = self.equals(r.harmedPersonId());
        boolean aboutThemByStaff = offender && self.equals(r.offenderId()) && r.harmedPersonId() == null;
        PartyRole other = theirRequest ? PartyRole.OFFENDER : r.harmedPersonId() != null ? PartyRole.HARMED_PERSON : null;
        if (aboutThemByStaff && r.safetyConcerns() != null) {
            withheld.add(new Withheld("REFERRAL_SAFETY_CONCERNS", null, r.id(), r.createdAt(), Withholding.SAFETY_OF_OTHERS));
        }
        if (!theirRequest && !aboutThemByStaff && r.notes() != null) {
            withheld.add(new Withheld("REFERRAL_NOTES", null, r.id(), r.createdAt(), Withholding.ABOUT_ANOTHER_PERSON));
        }
        boolean own = theirRequest || aboutThemByStaff;
        return new ExportedReferral(r.id(), r.source().name(), r.state().name(), other,
                theirRequest ? name(r.channel()) : null,
                theirRequest ? name(r.victimRegistration()) : null,
                offender ? name(r.federalSentence()) : null,
                theirRequest ? sever(r.notes()) : null,
                aboutThemByStaff ? r.referringStaff() : null,
                aboutThemByStaff ? sever(r.reasons()) : null,
                offender ? sever(r.noContactCondition()) : null,
                name(r.declineReason()), own ? sever(r.declineDetails()) : null, r.createdAt(), r.decidedAt(),
                r.suitability().stream().map(a -> suitability(r, a, theirRequest, aboutThemByStaff, withheld)).toList());
    }

    /**
     * An assessment of a referral: the offender is given all of it when the referral is about them, the harmed
     * person the appropriateness of their request and the notes (the offender's motivation and acceptance of
     * responsibility are about the offender); the other side of a referral, only the outcome.
     */
    private ExportedSuitability suitability(ReferralsOf.Naming r, ReferralsOf.Suitability a, boolean theirRequest, boolean aboutThem,
            List<Withheld> withheld) {
        boolean aboutOffender = offender && self.equals(r.offenderId());
        boolean general = theirRequest || aboutThem;
        if ((!general && (a.appropriateness() != null || a.notes() != null))
                || (!aboutOffender && (a.motivation() != null || a.acceptanceOfResponsibility() != null))) {
            withheld.add(new Withheld("SUITABILITY_TEXT", null, r.id(), a.createdAt(), Withholding.ABOUT_ANOTHER_PERSON));
        }
        return new ExportedSuitability(a.id(), name(a.outcome()), general ? sever(a.appropriateness()) : null,
                aboutOffender ? sever(a.motivation()) : null, aboutOffender ? sever(a.acceptanceOfResponsibility()) : null,
                general ? sever(a.notes()) : null, a.createdAt(), a.finalisedAt(), a.amendsId());
    }

    ExportedCase casePart(CasePart c, List<Withheld> withheld) {
        c.notes().forEach(n -> withheld.add(new Withheld(n.mediatorsOnly() ? "MEDIATORS_ONLY_NOTE" : "CASE_NOTE", c.caseId(), null, n.at(),
                n.mediatorsOnly() ? Withholding.MEDIATORS_ONLY_NOTE : Withholding.CASE_NOTE)));
        c.meetings().stream().filter(m -> m.safetyPlan() != null).forEach(m -> withheld.add(
                new Withheld("MEETING_SAFETY_PLAN", c.caseId(), null, m.scheduledFor(), Withholding.SAFETY_OF_OTHERS)));
        return new ExportedCase(c.caseId(), c.stage().name(), c.openedAt(), c.closedAt(), sever(c.outcomeSummary()), c.side().name(),
                c.status().name(), c.statusSince(),
                c.others().stream().map(m -> m.side() == ro.casefile.model.Side.OFFENDER ? PartyRole.OFFENDER : PartyRole.HARMED_PERSON).toList(),
                c.events().stream().map(e -> new AccessExport.ExportedEvent(e.at(), e.kind(), sever(e.summaryEn()), sever(e.summaryFr()))).toList(),
                c.consents().stream().map(k -> new AccessExport.ExportedConsent(k.way().name(), k.given(), name(k.how()), k.at())).toList(),
                c.safetyAssessments().stream().map(a -> new AccessExport.ExportedSafetyAssessment(a.id(), name(a.riskLevel()),
                        sever(a.emotionalWellbeing()), sever(a.readiness()), sever(a.safetyMeasures()), a.notSafeToProceed(), a.nextDue(),
                        a.createdAt(), a.finalisedAt(), a.amendsId())).toList(),
                c.meetings().stream().map(this::meeting).toList(),
                c.feedback().stream().map(f -> new AccessExport.ExportedFeedback(f.feltSafe().name(), f.feltHeard().name(), f.needsMet().name(),
                        f.wouldRecommend().name(), sever(f.comments()), f.recordedAt())).toList());
    }

    private AccessExport.ExportedMeeting meeting(ParticipantCases.MeetingAttended m) {
        return new AccessExport.ExportedMeeting(m.id(), m.scheduledFor(), m.institution(), m.state(), sever(m.outcome()),
                sever(m.agreements()), sever(m.cancelReason()),
                m.others().stream().map(a -> a.participantId() != null ? roleOf.apply(a.participantId()) : PartyRole.ofAttendee(a.role()))
                        .toList());
    }

    AccessExport.AuthoredMessage authored(MessagesOf.Authored m) {
        return new AccessExport.AuthoredMessage(m.id(), m.caseId(), m.kind().name(), m.state().name(), roleOf.apply(m.recipientId()),
                m.createdAt(), m.deliveredAt(), sever(m.originalText()), m.originalFile(), sever(m.relayedText()), m.relayedFile());
    }

    AccessExport.ReceivedMessage received(MessagesOf.Received m) {
        return new AccessExport.ReceivedMessage(m.id(), m.caseId(), m.kind().name(), roleOf.apply(m.authorId()), m.deliveredAt(),
                m.acknowledgedAt(), sever(m.text()), m.file());
    }
}
