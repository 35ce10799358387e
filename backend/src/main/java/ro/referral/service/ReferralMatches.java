package ro.referral.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.participant.ParticipantLookup;
import ro.participant.ParticipantLookup.Named;
import ro.referral.model.Referral;
import ro.referral.model.ReferralMatch;

/** The matches between harmed people's requests and offenders' referrals, newest first, with both people's names (coordinators). */
@ApplicationScoped
public class ReferralMatches {

    @Inject
    MatchRepository matches;
    @Inject
    ReferralRepository referrals;
    @Inject
    ParticipantLookup people;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<ReferralMatchView> page(int page, int size) {
        List<ReferralMatch> found = matches.newestFirst(page, size);
        Map<UUID, Referral> byId = found.isEmpty() ? Map.of()
                : referrals.list("id in ?1", found.stream().flatMap(m -> Stream.of(m.offenderReferralId, m.harmedReferralId)).toList())
                        .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, Named> named = people.findAll(byId.values().stream().flatMap(r -> Stream.of(r.harmedPersonId, r.offenderId))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        audit.record(AuditRecord.read("LIST", "REFERRAL_MATCH", null).withIds(found.stream().map(m -> m.id).toList()));
        return found.stream().map(m -> {
            Referral harmed = byId.get(m.harmedReferralId);
            Referral offender = byId.get(m.offenderReferralId);
            return new ReferralMatchView(m.id, m.harmedReferralId, m.offenderReferralId, offender.offenderNumber,
                    nameOf(named, harmed == null ? null : harmed.harmedPersonId), nameOf(named, offender.offenderId), m.matchedAt);
        }).toList();
    }

    private static String nameOf(Map<UUID, Named> named, UUID id) {
        Named who = id == null ? null : named.get(id);
        return who == null ? null : who.firstName() + " " + who.lastName();
    }
}
