package ro.reference.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.reference.model.Institution;
import ro.reference.model.Region;
import ro.reference.model.RegionPolicy;
import ro.rules.Duplicate;
import ro.rules.NotFound;
import ro.rules.StaleVersion;

/**
 * The regions and institutions, kept by admin and read by everyone: created, renamed, moved,
 * deactivated and reactivated, never deleted. Every change is audited by the names of the fields it set.
 */
@ApplicationScoped
public class ReferenceService {

    private static final String[] CREATED = { "code", "nameEn", "nameFr", "active" };

    @Inject
    RegionRepository regions;
    @Inject
    InstitutionRepository institutions;
    @Inject
    ReferenceData reference;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    // ---- regions ------------------------------------------------------------------------------

    @Transactional
    public List<RegionView> regions(Boolean active) {
        return regions.sorted(active).stream().map(RegionView::of).toList();
    }

    @Transactional
    public RegionView region(UUID id) {
        return RegionView.of(foundRegion(id));
    }

    @Transactional
    public RegionView createRegion(NewRegion request) {
        refuseTakenCode(regions.byCode(request.code()).map(r -> r.id), request.code());
        Region r = new Region();
        r.id = UUID.randomUUID();
        r.code = request.code();
        r.createdAt = Instant.now(clock);
        write(r, new RegionUpdate(request.nameEn(), request.nameFr(), true));
        regions.persist(r);
        flushRefusingTakenCode(request.code());
        audit.record(AuditRecord.change("CREATE", ReferenceNames.REGION, r.id).fields(CREATED));
        return RegionView.of(r);
    }

    @Transactional
    public RegionView updateRegion(UUID id, long expectedVersion, RegionUpdate request) {
        Region r = foundRegion(id);
        StaleVersion.requireCurrent(r.version, expectedVersion);
        if (r.active && !request.active()) {
            RegionPolicy.mayDeactivate(institutions.activeIn(id));
        }
        RegionUpdate before = new RegionUpdate(r.nameEn, r.nameFr, r.active);
        write(r, request);
        regions.flush();
        audit.record(AuditRecord.change("UPDATE", ReferenceNames.REGION, id)
                .fields(AuditRecord.changedFields(before, new RegionUpdate(r.nameEn, r.nameFr, r.active))));
        return RegionView.of(r);
    }

    private void write(Region r, RegionUpdate u) {
        r.nameEn = u.nameEn().strip();
        r.nameFr = u.nameFr().strip();
        r.active = u.active();
        r.updatedAt = Instant.now(clock);
    }

    private Region foundRegion(UUID id) {
        return regions.findByIdOptional(id).orElseThrow(() -> new NotFound("reference.region.resource"));
    }

    // ---- institutions -------------------------------------------------------------------------

    @Transactional
    public List<InstitutionView> institutions(UUID regionId, Boolean active) {
        return institutions.sorted(regionId, active).stream().map(InstitutionView::of).toList();
    }

    @Transactional
    public InstitutionView institution(UUID id) {
        return InstitutionView.of(foundInstitution(id));
    }

    @Transactional
    public InstitutionView createInstitution(NewInstitution request) {
        refuseTakenCode(institutions.byCode(request.code()).map(i -> i.id), request.code());
        reference.activeRegion(request.regionId(), "regionId");
        Institution i = new Institution();
        i.id = UUID.randomUUID();
        i.code = request.code();
        i.createdAt = Instant.now(clock);
        write(i, new InstitutionUpdate(request.nameEn(), request.nameFr(), request.regionId(), true));
        institutions.persist(i);
        flushRefusingTakenCode(request.code());
        audit.record(AuditRecord.change("CREATE", ReferenceNames.INSTITUTION, i.id).fields(CREATED).fields("regionId"));
        return InstitutionView.of(i);
    }

    @Transactional
    public InstitutionView updateInstitution(UUID id, long expectedVersion, InstitutionUpdate request) {
        Institution i = foundInstitution(id);
        StaleVersion.requireCurrent(i.version, expectedVersion);
        reference.region(request.regionId(), request.active() ? null : i.regionId, "regionId");
        InstitutionUpdate before = new InstitutionUpdate(i.nameEn, i.nameFr, i.regionId, i.active);
        write(i, request);
        institutions.flush();
        audit.record(AuditRecord.change("UPDATE", ReferenceNames.INSTITUTION, id)
                .fields(AuditRecord.changedFields(before, new InstitutionUpdate(i.nameEn, i.nameFr, i.regionId, i.active))));
        return InstitutionView.of(i);
    }

    private void write(Institution i, InstitutionUpdate u) {
        i.nameEn = u.nameEn().strip();
        i.nameFr = u.nameFr().strip();
        i.regionId = u.regionId();
        i.active = u.active();
        i.updatedAt = Instant.now(clock);
    }

    private Institution foundInstitution(UUID id) {
        return institutions.findByIdOptional(id).orElseThrow(() -> new NotFound("reference.institution.resource"));
    }

    // ---- codes --------------------------------------------------------------------------------

    private static void refuseTakenCode(Optional<UUID> holder, String code) {
        holder.ifPresent(id -> {
            throw new Duplicate("reference.code.taken", id.toString(), code);
        });
    }

    /** Two admins adding the same code at once: the unique index decides, the loser gets 409. */
    private void flushRefusingTakenCode(String code) {
        try {
            regions.flush();
        } catch (ConstraintViolationException e) {
            throw new Duplicate("reference.code.taken", null, code);
        }
    }
}
