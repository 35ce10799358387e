package ro.relay.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ro.casefile.model.CaseRecord;
import ro.casefile.model.CaseSituation;
import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.rules.Decision;
import ro.rules.Invalid;
import ro.rules.Refusal;

/**
 * A message from one side to the other, recorded by a mediator for its author. Nothing goes directly:
 * it is screened, and the recipient's side is only ever given the approved (possibly redacted) version.
 */
@Entity
public class Message extends CaseRecord {
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public MessageKind kind;
    @Column(updatable = false)
    public UUID authorId;
    @Column(updatable = false)
    public UUID recipientId;
    @Enumerated(EnumType.STRING)
    public MessageState state;
    public String originalText;
    public UUID originalFileId;
    public String redactedText;
    public UUID redactedFileId;
    @Enumerated(EnumType.STRING)
    public PartDecision textDecision;
    @Enumerated(EnumType.STRING)
    public PartDecision fileDecision;
    public String fileCheckedBy;
    public Instant fileCheckedAt;
    /** Who approved it and when (none for a message approved before this was recorded). */
    public String approvedBy;
    public Instant approvedAt;
    public String returnComments;
    public String withholdReason;
    public boolean held;
    @Enumerated(EnumType.STRING)
    public DeliveryMethod deliveryMethod;
    public Instant deliveredAt;
    public Instant acknowledgedAt;
    public Boolean authorMayKnow;
    public Instant submittedAt;

    public static Message record(UUID caseId, MessageKind kind, UUID authorId, UUID recipientId, String text, String by,
            Instant at) {
        Message m = new Message();
        m.created(caseId, by, at);
        m.kind = kind;
        m.authorId = authorId;
        m.recipientId = recipientId;
        m.originalText = text;
        m.state = MessageState.DRAFT;
        return m;
    }

    public void revise(String text, Instant at) {
        mayMove(MessageAction.REVISE).orRefuse();
        this.originalText = text;
        this.updatedAt = at;
    }

    public void attachOriginal(UUID fileId, Instant at) {
        require(MessageState.DRAFT, "ATTACH");
        this.originalFileId = fileId;
        this.updatedAt = at;
    }

    public void attachRedacted(UUID fileId, Instant at) {
        require(MessageState.IN_REVIEW, "ATTACH_REDACTED");
        this.redactedFileId = fileId;
        this.updatedAt = at;
    }

    /** A letter needs text or a scan, a video message a video file, a relayed message text. */
    public void submit(boolean originalFileIsVideo, Instant at) {
        mayMove(MessageAction.SUBMIT).orRefuse();
        boolean hasText = originalText != null && !originalText.isBlank();
        boolean ok = switch (kind) {
            case LETTER -> hasText || (originalFileId != null && !originalFileIsVideo);
            case VIDEO_MESSAGE -> originalFileId != null && originalFileIsVideo;
            case RELAYED_MESSAGE -> hasText && originalFileId == null;
        };
        if (!ok) {
            throw new Refusal("message.submit.content-" + kind.name().toLowerCase().replace('_', '-'));
        }
        this.state = MessageState.IN_REVIEW;
        this.submittedAt = at;
        this.returnComments = null;
        this.updatedAt = at;
    }

    /**
     * Approved only when every part is decided and the text to relay holds no recorded contact detail of the
     * author's side (the screen); the reviewer's statement on a file is recorded with who made it and when.
     */
    public void approve(ApprovalDecision decision, ContactScreen screen, String by, Instant at) {
        mayMove(MessageAction.APPROVE).orRefuse();
        List<Breach> undecided = decision.breachesFor(new ApprovalDecision.Parts(originalText != null, originalFileId != null,
                redactedFileId != null));
        if (!undecided.isEmpty()) {
            throw new BrokenRules("message.approve.undecided", undecided);
        }
        List<Breach> found = screen.findIn(decision.relayedText(originalText)).stream()
                .map(f -> new Breach(decision.textField(), "ContactDetail", f.kind().messageKey(), f.masked())).toList();
        if (!found.isEmpty()) {
            throw new BrokenRules("message.approve.contact-detail", found);
        }
        this.textDecision = decision.text();
        this.redactedText = decision.text() == PartDecision.REDACTED ? decision.redactedText() : null;
        this.fileDecision = decision.file();
        if (decision.file() != null) {
            this.fileCheckedBy = by;
            this.fileCheckedAt = at;
        }
        this.state = MessageState.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
        this.updatedAt = at;
    }

    /** The text the recipient's side is given: the decided version, nothing when no text was decided. */
    public String relayedText() {
        return textDecision == null ? null : textDecision == PartDecision.REDACTED ? redactedText : originalText;
    }

    /** The file the recipient's side is given: the decided version, nothing when no file was decided. */
    public UUID relayedFileId() {
        return fileDecision == null ? null : fileDecision == PartDecision.REDACTED ? redactedFileId : originalFileId;
    }

    /** Whether the recipient's side may be given anything of it yet. */
    public boolean isApproved() {
        return state == MessageState.APPROVED || state == MessageState.DELIVERED || state == MessageState.ACKNOWLEDGED;
    }

    /** Back to its author's draft, with the mediator's comments. */
    public void giveBack(String comments, Instant at) {
        move(MessageAction.RETURN, MessageState.DRAFT, at);
        this.returnComments = comments;
        this.redactedFileId = null;
    }

    public void withhold(String reason, Instant at) {
        move(MessageAction.WITHHOLD, MessageState.WITHHELD, at);
        this.withholdReason = reason;
    }

    /**
     * Delivered by this method at the moment stated ({@code on}, e.g. the day a letter was mailed), recorded at
     * {@code now}: never in the future, never before the approval.
     */
    public void delivered(DeliveryMethod method, Instant on, Instant now) {
        mayMove(MessageAction.DELIVER).orRefuse();
        if (on.isAfter(now)) {
            throw Invalid.field("deliveredAt", "NotInFuture", "message.deliver.in-future");
        }
        if (approvedAt != null && on.isBefore(approvedAt)) {
            throw new BrokenRules("message.deliver.before-approval",
                    List.of(new Breach("deliveredAt", "NotBeforeApproval", "message.deliver.before-approval")));
        }
        move(MessageAction.DELIVER, MessageState.DELIVERED, now);
        this.deliveryMethod = method;
        this.deliveredAt = on;
    }

    /** The recipient has received it, and decides whether its author may learn so. */
    public void acknowledge(boolean authorMayKnow, Instant at) {
        move(MessageAction.ACKNOWLEDGE, MessageState.ACKNOWLEDGED, at);
        this.authorMayKnow = authorMayKnow;
        this.acknowledgedAt = at;
    }

    /** Held because a participant withdrew: nothing is delivered while held. */
    public void hold(Instant at) {
        if (state.isPending() && !held) {
            this.held = true;
            this.updatedAt = at;
        }
    }

    public void release(Instant at) {
        if (held) {
            this.held = false;
            this.updatedAt = at;
        }
    }

    /** Whether the action's move starts from this message's state (its content and the case are the action's own rules). */
    public Decision mayMove(MessageAction action) {
        return stateIs(action.from(), action.name());
    }

    /**
     * Whether the action may be done now, as its enforcing rules decide: delivering asks the delivery
     * policy about the case's situation; the others need their starting state (what a submission or an
     * approval must contain comes with the call).
     */
    public Decision mayDo(MessageAction action, CaseSituation situation) {
        return action == MessageAction.DELIVER ? DeliveryPolicy.mayDeliver(this, situation) : mayMove(action);
    }

    /** The action's move, refused unless it starts from this message's state. */
    private void move(MessageAction action, MessageState to, Instant at) {
        mayMove(action).orRefuse();
        this.state = to;
        this.updatedAt = at;
    }

    private void require(MessageState expected, String move) {
        stateIs(expected, move).orRefuse();
    }

    private Decision stateIs(MessageState expected, String move) {
        return state == expected ? Decision.allowed() : Decision.refused("message.move.illegal", move, state.name());
    }
}
