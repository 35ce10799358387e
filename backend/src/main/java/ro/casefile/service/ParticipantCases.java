package ro.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ro.casefile.model.CaseStage;
import ro.casefile.model.ConsentForm;
import ro.casefile.model.FeedbackAnswer;
import ro.casefile.model.ParticipationStatus;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.Side;
import ro.casefile.model.Way;

/**
 * What another feature may ask of the cases one participant is in (an access request export): their part
 * in each case, the events that concern them, their consents, the safety assessments of them, the meetings
 * they attended and the feedback they gave. Other people appear by id and side only, never by name, and
 * notes by date only (their text never leaves the case). The asker decides who may see it.
 */
public interface ParticipantCases {

    List<CasePart> casesOf(UUID participantId);

    /** One case the participant is in, and their part in it. */
    record CasePart(UUID caseId, CaseStage stage, Instant openedAt, Instant closedAt, String outcomeSummary, Side side,
            ParticipationStatus status, Instant statusSince, List<Member> others, List<Event> events, List<ConsentChange> consents,
            List<Safety> safetyAssessments, List<MeetingAttended> meetings, List<Feedback> feedback, List<Note> notes) {
    }

    /** Another participant of the case. */
    record Member(UUID participantId, Side side) {
    }

    /** An event of the timeline that concerns them (their withdrawals and rejoins) or the whole case (opening, stages, ways), worded in both languages. */
    record Event(Instant at, String kind, String summaryEn, String summaryFr) {
    }

    record ConsentChange(Way way, boolean given, ConsentForm how, Instant at) {
    }

    record Safety(UUID id, RiskLevel riskLevel, String emotionalWellbeing, String readiness, String safetyMeasures,
            boolean notSafeToProceed, LocalDate nextDue, Instant createdAt, Instant finalisedAt, UUID amendsId) {
    }

    record MeetingAttended(UUID id, Instant scheduledFor, String institution, String state, String safetyPlan, String outcome,
            String agreements, String cancelReason, List<Attendee> others) {
    }

    /** Another attendee of a meeting: a participant (by id), or a support person, mediator or escort (by the name recorded). */
    record Attendee(String role, UUID participantId, String name) {
    }

    record Feedback(FeedbackAnswer feltSafe, FeedbackAnswer feltHeard, FeedbackAnswer needsMet, FeedbackAnswer wouldRecommend,
            String comments, Instant recordedAt) {
    }

    /** A note of the case: when, and whether it is for mediators only. */
    record Note(Instant at, boolean mediatorsOnly) {
    }
}
