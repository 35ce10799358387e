package ro.privacy.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.ParticipantView;
import ro.privacy.model.PartyRole;
import ro.privacy.model.Withholding;
import ro.relay.service.FileView;

/**
 * Everything the program holds about one person (Privacy Act access request), with other people's personal
 * information severed: other people appear by role, never by name or id; their names and contact details are
 * severed from every free text ("[severed]"); what cannot be given is listed as withheld with its reason.
 */
@Schema(description = "An access request export: everything held about one participant, other people's personal information severed")
public record AccessExport(
        @Schema(required = true) Instant generatedAt,
        @Schema(required = true, maxLength = 100, description = "User name of the coordinator who made the export") String generatedBy,
        @Schema(required = true, description = "The person's record as held, with their own contact details") ParticipantView person,
        @Schema(required = true, description = "Their own requests (a harmed person), or the referrals about them (an offender)") List<ExportedReferral> referrals,
        @Schema(required = true) List<ExportedCase> cases,
        @Schema(required = true, description = "Messages they authored: the original and the version approved for the other side") AuthoredMessages messagesAuthored,
        @Schema(required = true, description = "Messages delivered to them: only the version they were given") ReceivedMessages messagesReceived,
        @Schema(required = true, description = "The audit entries about their record (resource = their participant id), newest first") AuditEntries auditEntries,
        @Schema(required = true, description = "The corrections they asked for (Privacy Act), oldest first, and how each was resolved") List<ExportedCorrection> corrections,
        @Schema(required = true, description = "What is held but not given, and why") List<Withheld> withheld) {

    @Schema(name = "ExportedAuthoredMessages", description = "Newest first, at most the export's limit; cut says that more are held than given")
    public record AuthoredMessages(@Schema(required = true) List<AuthoredMessage> items, @Schema(required = true) long total,
            @Schema(required = true) boolean cut) {
    }

    @Schema(name = "ExportedReceivedMessages", description = "Newest first, at most the export's limit; cut says that more are held than given")
    public record ReceivedMessages(@Schema(required = true) List<ReceivedMessage> items, @Schema(required = true) long total,
            @Schema(required = true) boolean cut) {
    }

    @Schema(name = "ExportedAuditEntries", description = "Newest first, at most the export's limit; cut says that more are held than given")
    public record AuditEntries(@Schema(required = true) List<AuditEntry> items, @Schema(required = true) boolean cut) {
    }

    @Schema(name = "ExportedReferral", description = "A referral; free text only when it is the person's own referral")
    public record ExportedReferral(
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = { "HARMED_PERSON", "STAFF", "INTEGRATION" }) String source,
            @Schema(required = true, maxLength = 20) String state,
            @Schema(required = true, description = "The other party, by role") PartyRole otherParty,
            @Schema(nullable = true, maxLength = 20) String channel,
            @Schema(nullable = true, maxLength = 20) String victimRegistration,
            @Schema(nullable = true, maxLength = 10) String federalSentence,
            @Schema(nullable = true, maxLength = 4000) String notes,
            @Schema(nullable = true, maxLength = 100) String referringStaff,
            @Schema(nullable = true, maxLength = 4000) String reasons,
            @Schema(nullable = true, maxLength = 2000) String noContactCondition,
            @Schema(nullable = true, maxLength = 40) String declineReason,
            @Schema(nullable = true, maxLength = 2000) String declineDetails,
            @Schema(required = true) Instant createdAt,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(required = true) List<ExportedSuitability> suitabilityAssessments) {
    }

    @Schema(name = "ExportedSuitability", description = "A suitability assessment of a referral")
    public record ExportedSuitability(@Schema(required = true) UUID id, @Schema(nullable = true, maxLength = 30) String outcome,
            @Schema(nullable = true, maxLength = 4000) String appropriateness, @Schema(nullable = true, maxLength = 4000) String motivation,
            @Schema(nullable = true, maxLength = 4000) String acceptanceOfResponsibility, @Schema(nullable = true, maxLength = 4000) String notes,
            @Schema(required = true) Instant createdAt, @Schema(nullable = true) Instant finalisedAt, @Schema(nullable = true) UUID amends) {
    }

    @Schema(name = "ExportedCase", description = "A case the person is in, and the part of it that concerns them")
    public record ExportedCase(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 20) String stage,
            @Schema(required = true) Instant openedAt,
            @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true, maxLength = 4000) String outcomeSummary,
            @Schema(required = true, enumeration = { "HARMED", "OFFENDER" }) String side,
            @Schema(required = true, enumeration = { "ACTIVE", "WITHDRAWN" }) String status,
            @Schema(required = true) Instant statusSince,
            @Schema(required = true, description = "The other participants, by role") List<PartyRole> otherParticipants,
            @Schema(required = true, description = "Their withdrawals and rejoins, and the case's opening, stages and ways") List<ExportedEvent> events,
            @Schema(required = true) List<ExportedConsent> consents,
            @Schema(required = true, description = "The safety assessments of them") List<ExportedSafetyAssessment> safetyAssessments,
            @Schema(required = true, description = "The meetings they attended") List<ExportedMeeting> meetings,
            @Schema(required = true, description = "The feedback they gave") List<ExportedFeedback> feedback) {
    }

    @Schema(name = "ExportedEvent")
    public record ExportedEvent(@Schema(required = true) Instant at, @Schema(required = true, maxLength = 40) String kind,
            @Schema(required = true, maxLength = 1000) String summaryEn, @Schema(required = true, maxLength = 1000) String summaryFr) {
    }

    @Schema(name = "ExportedConsent")
    public record ExportedConsent(@Schema(required = true, maxLength = 20) String way, @Schema(required = true) boolean given,
            @Schema(nullable = true, maxLength = 20) String how, @Schema(required = true) Instant at) {
    }

    @Schema(name = "ExportedSafetyAssessment")
    public record ExportedSafetyAssessment(@Schema(required = true) UUID id, @Schema(nullable = true, maxLength = 10) String riskLevel,
            @Schema(nullable = true, maxLength = 4000) String emotionalWellbeing, @Schema(nullable = true, maxLength = 4000) String readiness,
            @Schema(nullable = true, maxLength = 4000) String safetyMeasures, @Schema(required = true) boolean notSafeToProceed,
            @Schema(nullable = true) LocalDate nextDue, @Schema(required = true) Instant createdAt, @Schema(nullable = true) Instant finalisedAt,
            @Schema(nullable = true) UUID amends) {
    }

    @Schema(name = "ExportedMeeting", description = "A meeting they attended; its safety plan is withheld")
    public record ExportedMeeting(@Schema(required = true) UUID id, @Schema(required = true) Instant scheduledFor,
            @Schema(required = true, maxLength = 120) String institution, @Schema(required = true, maxLength = 10) String state,
            @Schema(nullable = true, maxLength = 4000) String outcome, @Schema(nullable = true, maxLength = 4000) String agreements,
            @Schema(nullable = true, maxLength = 1000) String cancelReason,
            @Schema(required = true, description = "Who else attended, by role") List<PartyRole> otherAttendees) {
    }

    @Schema(name = "ExportedFeedback")
    public record ExportedFeedback(@Schema(required = true, maxLength = 20) String feltSafe, @Schema(required = true, maxLength = 20) String feltHeard,
            @Schema(required = true, maxLength = 20) String needsMet, @Schema(required = true, maxLength = 20) String wouldRecommend,
            @Schema(nullable = true, maxLength = 4000) String comments, @Schema(required = true) Instant recordedAt) {
    }

    @Schema(name = "ExportedAuthoredMessage", description = "A message they authored; the file itself is listed, not included")
    public record AuthoredMessage(@Schema(required = true) UUID id, @Schema(required = true) UUID caseId,
            @Schema(required = true, maxLength = 20) String kind, @Schema(required = true, maxLength = 20) String state,
            @Schema(required = true) PartyRole recipient, @Schema(required = true) Instant createdAt, @Schema(nullable = true) Instant deliveredAt,
            @Schema(nullable = true, maxLength = 20000) String originalText, @Schema(nullable = true) FileView originalFile,
            @Schema(nullable = true, maxLength = 20000, description = "The version approved for the other side") String approvedText,
            @Schema(nullable = true) FileView approvedFile) {
    }

    @Schema(name = "ExportedReceivedMessage", description = "A message delivered to them: the version they were given, never the original")
    public record ReceivedMessage(@Schema(required = true) UUID id, @Schema(required = true) UUID caseId,
            @Schema(required = true, maxLength = 20) String kind, @Schema(required = true) PartyRole author,
            @Schema(nullable = true) Instant deliveredAt, @Schema(nullable = true) Instant acknowledgedAt,
            @Schema(nullable = true, maxLength = 20000) String text, @Schema(nullable = true) FileView file) {
    }

    @Schema(name = "ExportedAuditEntry", description = "Who did what to their record, and when")
    public record AuditEntry(@Schema(required = true) Instant at, @Schema(required = true, maxLength = 40) String action,
            @Schema(nullable = true, maxLength = 100) String username, @Schema(nullable = true, maxLength = 200) String roles) {
    }

    @Schema(name = "ExportedCorrection", description = "A correction they asked for: the kind of record and field, their words, the outcome")
    public record ExportedCorrection(@Schema(required = true) UUID id, @Schema(required = true, maxLength = 30) String recordType,
            @Schema(nullable = true, maxLength = 60) String field, @Schema(required = true, maxLength = 4000) String whatIsWrong,
            @Schema(required = true, maxLength = 4000) String whatIsAsked, @Schema(required = true, maxLength = 20) String state,
            @Schema(nullable = true, maxLength = 4000) String resolutionNote, @Schema(required = true) Instant requestedAt,
            @Schema(nullable = true) Instant resolvedAt) {
    }

    @Schema(name = "ExportedWithheld", description = "Something held but not given, and why")
    public record Withheld(@Schema(required = true, maxLength = 40, description = "e.g. CASE_NOTE, MEETING_SAFETY_PLAN, REFERRAL_TEXT")
            String what, @Schema(nullable = true) UUID caseId, @Schema(nullable = true) UUID referralId, @Schema(nullable = true) Instant at,
            @Schema(required = true) Withholding reason) {
    }
}
