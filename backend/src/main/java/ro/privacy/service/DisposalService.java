package ro.privacy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.service.CaseDisposals;
import ro.lists.Paging;
import ro.participant.ParticipantErasure;
import ro.privacy.model.DueReason;
import ro.privacy.model.LegalHold;
import ro.privacy.model.DisposableKind;
import ro.privacy.model.RetentionSchedule;
import ro.referral.service.ReferralDisposals;
import ro.relay.service.MessageDisposals;
import ro.rules.NotFound;
import ro.rules.Refusal;

/**
 * Retention and disposal in two steps: the list of what the schedule says is due, then a coordinator's
 * approval, which disposes of the records still due and not held (checked again, under lock, in the same
 * transaction: all of them or none). Each feature disposes of its own tables; this service orders the steps,
 * erases the people nothing else names, and audits what was disposed of by type and id.
 */
@ApplicationScoped
public class DisposalService {

    static final String DUE_AUDIT_TYPE = "DISPOSAL_DUE";

    @Inject
    RetentionSettings settings;
    @Inject
    CaseDisposals cases;
    @Inject
    ReferralDisposals referrals;
    @Inject
    MessageDisposals messages;
    @Inject
    ParticipantErasure people;
    @Inject
    LegalHoldRepository holds;
    @Inject
    CorrectionService corrections;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    RetentionSchedule schedule() {
        return new RetentionSchedule(Map.of(DueReason.CLOSED_CASE, settings.closedCase(), DueReason.ENDED_REFERRAL,
                settings.endedReferral(), DueReason.DORMANT_REQUEST, settings.dormantRequest()));
    }

    private record Due(DisposableKind type, UUID id, DueReason reason, Instant runsFrom, Instant dueSince) {
    }

    /** One page of what is due now, longest due first; each source reads no more rows than the page needs. */
    @Transactional
    public DuePage due(int page, int size) {
        RetentionSchedule schedule = schedule();
        Instant now = Instant.now(clock);
        int needed = (int) Math.min(Integer.MAX_VALUE, (long) (page + 1) * size);
        Instant closedCut = schedule.cutoff(DueReason.CLOSED_CASE, now);
        Instant endedCut = schedule.cutoff(DueReason.ENDED_REFERRAL, now);
        Instant dormantCut = schedule.cutoff(DueReason.DORMANT_REQUEST, now);
        Stream<Due> closed = cases.closedBefore(closedCut, needed).stream()
                .map(c -> due(schedule, DisposableKind.CASE, c.id(), DueReason.CLOSED_CASE, c.closedAt()));
        Stream<Due> ended = referrals.before(ReferralDisposals.Rule.DECIDED, endedCut, needed).stream()
                .map(r -> due(schedule, DisposableKind.REFERRAL, r.id(), DueReason.ENDED_REFERRAL, r.since()));
        Stream<Due> dormant = referrals.before(ReferralDisposals.Rule.DORMANT, dormantCut, needed).stream()
                .map(r -> due(schedule, DisposableKind.REFERRAL, r.id(), DueReason.DORMANT_REQUEST, r.since()));
        List<Due> onPage = Stream.of(closed, ended, dormant).flatMap(s -> s)
                .sorted(Comparator.comparing(Due::dueSince).thenComparing(Due::type).thenComparing(Due::id))
                .skip((long) page * size).limit(size).toList();
        long total = cases.countClosedBefore(closedCut) + referrals.count(ReferralDisposals.Rule.DECIDED, endedCut)
                + referrals.count(ReferralDisposals.Rule.DORMANT, dormantCut);
        Map<LegalHold.Held, LegalHold> held = holds.on(onPage.stream().map(d -> new LegalHold.Held(d.type(), d.id())).toList());
        List<DueRecord> items = onPage.stream().map(d -> new DueRecord(d.type(), d.id(), d.reason(), d.runsFrom(), d.dueSince(),
                Optional.ofNullable(held.get(new LegalHold.Held(d.type(), d.id()))).map(LegalHoldService::view).orElse(null))).toList();
        audit.record(AuditRecord.read("LIST", DUE_AUDIT_TYPE, null).withIds(items.stream().map(DueRecord::recordId).toList()));
        return new DuePage(items, new Paging(total, true, page, size, null));
    }

    private static Due due(RetentionSchedule schedule, DisposableKind type, UUID id, DueReason reason, Instant runsFrom) {
        return new Due(type, id, reason, runsFrom, schedule.dueSince(reason, runsFrom));
    }

    /**
     * Disposes of every record approved, or of none: each is locked and checked again (still due, not held, nor
     * any referral of a case); a record that is not is named in the one refusal (409), and nothing changes.
     */
    @Transactional
    public Disposal dispose(DisposalApproval approval) {
        RetentionSchedule schedule = schedule();
        Instant now = Instant.now(clock);
        // one order for every approval, so that two at once lock in the same order
        List<RecordRef> records = approval.records().stream().distinct()
                .sorted(Comparator.comparing(RecordRef::recordType).thenComparing(RecordRef::recordId)).toList();
        Map<RecordRef, List<UUID>> caseReferrals = new LinkedHashMap<>();
        Map<RecordRef, DueReason> reasons = new LinkedHashMap<>();
        List<String> notDue = new ArrayList<>();
        for (RecordRef r : records) {
            Optional<DueReason> reason = lockIfDue(schedule, r, now);
            if (reason.isEmpty()) {
                notDue.add(r.recordType() + " " + r.recordId());
                continue;
            }
            reasons.put(r, reason.get());
            if (r.recordType() == DisposableKind.CASE) {
                caseReferrals.put(r, cases.referralsOf(r.recordId()));
            }
        }
        List<String> held = heldAmong(reasons.keySet(), caseReferrals);
        if (!notDue.isEmpty() || !held.isEmpty()) {
            throw new Refusal("disposal.refused", names(notDue), names(held));
        }
        List<DisposedRecord> disposed = new ArrayList<>();
        for (Map.Entry<RecordRef, DueReason> e : reasons.entrySet()) {
            disposed.add(disposeOf(e.getKey(), e.getValue(), now));
        }
        return new Disposal(now, disposed);
    }

    /** The reason the record is due now, locking it; empty when it is not (or no longer) due. */
    private Optional<DueReason> lockIfDue(RetentionSchedule schedule, RecordRef r, Instant now) {
        if (r.recordType() == DisposableKind.CASE) {
            Optional<CaseDisposals.ClosedCase> closed = cases.lockClosed(r.recordId());
            if (closed.isEmpty() && !cases.exists(r.recordId())) {
                throw new NotFound("disposal.record");
            }
            return closed.filter(c -> schedule.isDue(DueReason.CLOSED_CASE, c.closedAt(), now)).map(c -> DueReason.CLOSED_CASE);
        }
        Optional<ReferralDisposals.Ended> referral = referrals.lock(r.recordId());
        if (referral.isEmpty() && !referrals.exists(r.recordId())) {
            throw new NotFound("disposal.record");
        }
        return referral.flatMap(f -> {
            DueReason reason = switch (f.state()) {
                case DECLINED, WITHDRAWN -> DueReason.ENDED_REFERRAL;
                case DORMANT -> DueReason.DORMANT_REQUEST;
                default -> null;
            };
            return reason != null && f.since() != null && schedule.isDue(reason, f.since(), now) ? Optional.of(reason) : Optional.empty();
        });
    }

    /** The records (or the referrals of a case) under legal hold. */
    private List<String> heldAmong(Set<RecordRef> records, Map<RecordRef, List<UUID>> caseReferrals) {
        List<LegalHold.Held> asked = new ArrayList<>();
        records.forEach(r -> asked.add(new LegalHold.Held(r.recordType(), r.recordId())));
        caseReferrals.values().forEach(ids -> ids.forEach(id -> asked.add(new LegalHold.Held(DisposableKind.REFERRAL, id))));
        return holds.on(asked).keySet().stream().map(h -> h.recordType() + " " + h.recordId()).sorted().toList();
    }

    private DisposedRecord disposeOf(RecordRef r, DueReason reason, Instant now) {
        Set<UUID> named = new TreeSet<>();
        int files = 0;
        List<UUID> referralIds = List.of();
        if (r.recordType() == DisposableKind.CASE) {
            MessageDisposals.Disposed m = messages.disposeOfCase(r.recordId());
            named.addAll(m.people());
            files = m.files();
            CaseDisposals.Disposed c = cases.dispose(r.recordId(), now);
            named.addAll(c.people());
            referralIds = c.referralIds();
            for (UUID referral : referralIds) {
                named.addAll(referrals.dispose(referral, now));
                audit.record(AuditRecord.change("DISPOSE", DisposableKind.REFERRAL.name(), referral).with("case", r.recordId()));
            }
        } else {
            named.addAll(referrals.dispose(r.recordId(), now));
        }
        List<UUID> leaving = named.stream().filter(p -> !cases.refersTo(p) && !referrals.refersTo(p) && !messages.refersTo(p)).toList();
        List<UUID> records = new ArrayList<>(referralIds);
        records.add(r.recordId());
        int forgotten = corrections.forget(leaving, records);
        int erased = 0;
        for (UUID person : leaving) {
            if (people.erase(person)) {
                erased++;
                audit.record(AuditRecord.change("ERASE", "PARTICIPANT", person).with(r.recordType().name().toLowerCase(), r.recordId()));
            }
        }
        audit.record(AuditRecord.change("DISPOSE", r.recordType().name(), r.recordId()).with("reason", reason)
                .with("referrals", referralIds.size()).with("erased", erased).with("unlinked", named.size() - erased).with("files", files).with("corrections", forgotten));
        return new DisposedRecord(r.recordType(), r.recordId(), referralIds.size(), erased, named.size() - erased, files);
    }

    private static String names(List<String> records) {
        return records.isEmpty() ? "-" : records.stream().collect(Collectors.joining(", "));
    }
}
