package ro.reference.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import ro.reference.model.Institution;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    /** The institutions, of one region or all, active or inactive or both, by English name. */
    List<Institution> sorted(UUID regionId, Boolean active) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (regionId != null) {
            where.append(" and regionId = :region");
            params.and("region", regionId);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return list(where + " order by nameEn, id", params);
    }

    Optional<Institution> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    long activeIn(UUID regionId) {
        return count("regionId = ?1 and active = true", regionId);
    }
}
