package ro.reference.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import ro.reference.model.Region;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, UUID> {

    /** All regions, or the active or inactive ones, by English name. */
    List<Region> sorted(Boolean active) {
        return active == null ? list("order by nameEn, id")
                : list("active = :active order by nameEn, id", Parameters.with("active", active));
    }

    Optional<Region> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
