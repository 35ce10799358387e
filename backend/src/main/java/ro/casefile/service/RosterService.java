package ro.casefile.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.StaleVersion;
import ro.rules.NotFound;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.Mediator;
import ro.rules.Refusal;
import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.rules.Invalid;
import ro.security.Roles;
import ro.security.StaffDirectory;
import ro.reference.service.ReferenceData;


/** The mediator roster, kept by admin: who may be assigned to cases, their languages and region. */
@ApplicationScoped
public class RosterService implements ActiveRoster {

    static final String AUDIT_TYPE = "MEDIATOR";

    @Inject
    CaseRepository cases;
    @Inject
    AuditTrail audit;
    @Inject
    java.time.Clock clock;
    @Inject
    StaffDirectory realm;
    @Inject
    ReferenceData reference;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isActive(String username) {
        Mediator m = username == null ? null : cases.getEntityManager().find(Mediator.class, username);
        return m != null && m.active;
    }

    @Transactional
    public List<MediatorView> list() {
        List<MediatorView> all = cases.getEntityManager().createQuery("from Mediator m order by m.username", Mediator.class)
                .getResultList().stream().map(RosterService::view).toList();
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null));
        return all;
    }

    @Transactional
    public MediatorView add(MediatorEntry entry) {
        requireDistinct(entry);
        String username = realmMediator(entry.username());
        if (cases.getEntityManager().find(Mediator.class, username) != null) {
            throw new Refusal("roster.exists", username);
        }
        Instant now = Instant.now(clock);
        Mediator m = new Mediator();
        m.username = username;
        m.createdAt = now;
        write(m, entry, now);
        cases.persistAny(m);
        cases.flush();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, m.username).fields(AuditRecord.filledFields(entry)));
        return view(m);
    }

    @Transactional
    public MediatorView update(String username, long expectedVersion, MediatorEntry entry) {
        Mediator m = cases.getEntityManager().find(Mediator.class, username);
        if (m == null) {
            throw new NotFound("roster.resource");
        }
        if (!username.equals(entry.username())) {
            throw new Refusal("roster.username-fixed");
        }
        StaleVersion.requireCurrent(m.version, expectedVersion);
        requireDistinct(entry);
        MediatorEntry before = entryOf(m);
        write(m, entry, Instant.now(clock));
        cases.flush();
        audit.record(AuditRecord.change("UPDATE", AUDIT_TYPE, username).fields(AuditRecord.changedFields(before, entryOf(m))));
        return view(m);
    }

    /** The user name as the realm spells it, of an enabled realm user who holds the mediator role (directly, composite or by group). */
    private String realmMediator(String username) {
        StaffDirectory.RealmUser user = realm.realmUser(username).orElseThrow(() -> refused("RealmUser", "roster.username.not-a-realm-user"));
        if (!user.holds(Roles.MEDIATOR)) {
            throw refused("MediatorRole", "roster.username.not-a-mediator");
        }
        return user.username();
    }

    private static BrokenRules refused(String rule, String messageKey) {
        return new BrokenRules(messageKey, List.of(new Breach("username", rule, messageKey)));
    }

    private static void requireDistinct(MediatorEntry entry) {
        if (new HashSet<>(entry.languages()).size() != entry.languages().size()) {
            throw Invalid.field("languages", "Distinct", "roster.languages.distinct");
        }
    }

    private void write(Mediator m, MediatorEntry e, Instant at) {
        m.displayName = e.displayName().strip();
        m.speak(e.languages());
        place(m, e);
        m.active = e.active();
        m.updatedAt = at;
    }

    /**
     * The region chosen (active, or the one the mediator is already in), its English name as the text;
     * or the text alone, which keeps the chosen region when it is unchanged (an older client).
     */
    private void place(Mediator m, MediatorEntry e) {
        if (e.regionId() != null) {
            m.region = reference.region(e.regionId(), m.regionId, "regionId").nameEn();
            m.regionId = e.regionId();
        } else if (e.region() == null || e.region().isBlank()) {
            throw ro.rules.Invalid.field("region", "NotBlank", "roster.region.required");
        } else if (!e.region().strip().equals(m.region) || m.regionId == null) {
            // a region given as text that names one is that region; other text stays as recorded
            var named = reference.activeRegionNamed(e.region());
            m.region = named.map(ReferenceData.RegionRef::nameEn).orElse(e.region().strip());
            m.regionId = named.map(ReferenceData.RegionRef::id).orElse(null);
        }
    }

    /** The entry as kept (names stripped), to name the fields a change set. */
    private static MediatorEntry entryOf(Mediator m) {
        return new MediatorEntry(m.username, m.displayName, m.speaks(), m.region, m.active, m.regionId);
    }

    static MediatorView view(Mediator m) {
        return new MediatorView(m.username, m.displayName, m.speaks(), m.region, m.active, m.regionId, m.version);
    }
}
