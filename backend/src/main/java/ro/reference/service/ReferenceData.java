package ro.reference.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.reference.model.Institution;
import ro.reference.model.Region;
import ro.rules.Breach;
import ro.rules.BrokenRules;

/**
 * What other features may ask of the reference data: the institution or region a form picked, as a
 * small read record. An unknown or inactive one is refused (422) naming the form's field.
 */
@ApplicationScoped
public class ReferenceData {

    /** An institution as a form records it: its names and its region. */
    public record InstitutionRef(UUID id, String nameEn, String nameFr, UUID regionId) {
    }

    /** A region as a form records it: its names. */
    public record RegionRef(UUID id, String nameEn, String nameFr) {
    }

    @Inject
    RegionRepository regions;
    @Inject
    InstitutionRepository institutions;

    /** The active institution with this id; refused, naming {@code field}, when unknown or inactive. */
    public InstitutionRef activeInstitution(UUID id, String field) {
        return institution(id, null, field);
    }

    /** As {@link #activeInstitution}, but the record's current institution may stay even once deactivated. */
    public InstitutionRef institution(UUID id, UUID current, String field) {
        Institution i = institutions.findById(id);
        if (i == null || !(i.active || Objects.equals(id, current))) {
            throw refused(field, "ActiveInstitution", "reference.institution.inactive");
        }
        return new InstitutionRef(i.id, i.nameEn, i.nameFr, i.regionId);
    }

    /** The active region with this id; refused, naming {@code field}, when unknown or inactive. */
    public RegionRef activeRegion(UUID id, String field) {
        return region(id, null, field);
    }

    /** As {@link #activeRegion}, but the record's current region may stay even once deactivated. */
    public RegionRef region(UUID id, UUID current, String field) {
        Region r = regions.findById(id);
        if (r == null || !(r.active || Objects.equals(id, current))) {
            throw refused(field, "ActiveRegion", "reference.region.inactive");
        }
        return new RegionRef(r.id, r.nameEn, r.nameFr);
    }

    /**
     * The active region a text names (its code, English or French name, any case, spaces trimmed), as the
     * V11 migration matched free text: for clients that send a region as text.
     */
    public java.util.Optional<RegionRef> activeRegionNamed(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        return regions.listAll().stream().filter(r -> r.active)
                .filter(r -> List.of(r.code, r.nameEn, r.nameFr).stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).equals(wanted)))
                .findFirst().map(r -> new RegionRef(r.id, r.nameEn, r.nameFr));
    }

    private static BrokenRules refused(String field, String rule, String messageKey) {
        return new BrokenRules("reference.inactive", List.of(new Breach(field, rule, messageKey)));
    }
}
