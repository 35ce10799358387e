package ro.privacy.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import ro.privacy.model.LegalHold;

@ApplicationScoped
public class LegalHoldRepository implements PanacheRepositoryBase<LegalHold, LegalHold.Held> {

    /** The holds on these records, by record; one query. */
    Map<LegalHold.Held, LegalHold> on(Collection<LegalHold.Held> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = records.stream().map(LegalHold.Held::recordId).distinct().toList();
        return list("held.recordId in ?1", ids).stream().filter(h -> records.contains(h.held))
                .collect(Collectors.toMap(h -> h.held, Function.identity()));
    }
}
