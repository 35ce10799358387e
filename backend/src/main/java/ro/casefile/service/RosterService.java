package ro.casefile.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.StaleVersion;
import ro.rules.NotFound;
import ro.audit.AuditTrail;
import ro.casefile.model.Mediator;
import ro.rules.Refusal;


/** The mediator roster, kept by admin: who may be assigned to cases, their languages and region. */
@ApplicationScoped
public class RosterService {

    @Inject
    CaseRepository cases;
    @Inject
    AuditTrail audit;
    @Inject
    java.time.Clock clock;

    @Transactional
    public List<MediatorView> list() {
        List<MediatorView> all = cases.getEntityManager().createQuery("from Mediator m order by m.username", Mediator.class)
                .getResultList().stream().map(RosterService::view).toList();
        audit.record("LIST", "MEDIATOR", null, null);
        return all;
    }

    @Transactional
    public MediatorView add(MediatorEntry entry) {
        if (cases.getEntityManager().find(Mediator.class, entry.username()) != null) {
            throw new Refusal("roster.exists", entry.username());
        }
        Instant now = Instant.now(clock);
        Mediator m = new Mediator();
        m.username = entry.username();
        m.createdAt = now;
        write(m, entry, now);
        cases.persistAny(m);
        cases.flush();
        audit.record("CREATE", "MEDIATOR", m.username, null);
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
        write(m, entry, Instant.now(clock));
        cases.flush();
        audit.record("UPDATE", "MEDIATOR", username, null);
        return view(m);
    }

    private static void write(Mediator m, MediatorEntry e, Instant at) {
        m.displayName = e.displayName().strip();
        m.languages = e.languages();
        m.region = e.region().strip();
        m.active = e.active();
        m.updatedAt = at;
    }

    static MediatorView view(Mediator m) {
        return new MediatorView(m.username, m.displayName, m.languages, m.region, m.active, m.version);
    }
}
