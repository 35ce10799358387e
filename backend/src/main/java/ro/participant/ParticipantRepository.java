package ro.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The search filters of the participants list; a mediator's search is bounded to the participants of their cases (null: unbounded). */
    record Search(String query, ParticipantKind kind, String offenderNumber, List<UUID> within) {
    }

    /** One page of matches, projected to summaries, in a stable order, with the total. */
    ParticipantPage search(Search search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        List<String> words = SearchKey.patterns(search.query());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchKey like :w").append(i);
            params.and("w" + i, words.get(i));
        }
        if (search.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", search.kind());
        }
        if (search.within() != null) {
            where.append(" and id in :within");
            params.and("within", search.within());
        }
        if (search.offenderNumber() != null) {
            where.append(" and offenderNumber = :number");
            params.and("number", search.offenderNumber());
        }
        PanacheQuery<ParticipantSummary> query = find(where.toString(), Sort.by("lastName").and("firstName").and("id"), params)
                .project(ParticipantSummary.class)
                .page(page, size);
        return new ParticipantPage(query.list(), query.count(), page, size);
    }

    Optional<Participant> byOffenderNumber(String offenderNumber) {
        return find("offenderNumber", offenderNumber).firstResultOptional();
    }
}
