package ro.participant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import ro.lists.Keyset;
import ro.lists.Listing;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The search filters of the participants list; a mediator's search is bounded to the participants of their cases (null: unbounded). */
    record Search(String query, ParticipantKind kind, String offenderNumber, List<UUID> within) {
    }

    /** The list's order, by name then id; a cursor resumes after the last name, first name and id of a page's last row. */
    private static final Keyset ORDER = Keyset.of("participants", Keyset.ascending("p.lastName", Keyset.Kind.TEXT),
            Keyset.ascending("p.firstName", Keyset.Kind.TEXT), Keyset.ascending("p.id", Keyset.Kind.ID));

    /**
     * The same order for a search by words, written so that PostgreSQL cannot walk the name index for it
     * ({@code concat(lastName, '')} sorts as {@code lastName}): left free, it walks the names in order and
     * filters them, which is quick for a common word but reads most of the table for a name late in the
     * alphabet (184 ms for "tremblay" among 100,000); the trigram index finds the matches and they are sorted
     * instead (3 to 20 ms). Its cursors are those of the plain list.
     */
    private static final Keyset BY_MATCHES = Keyset.of("participants", Keyset.ascending("concat(p.lastName, '')", Keyset.Kind.TEXT),
            Keyset.ascending("p.firstName", Keyset.Kind.TEXT), Keyset.ascending("p.id", Keyset.Kind.ID));

    @Inject
    Listing listing;

    /** One page of matches, projected to summaries, in a stable order, with the total counted up to the cap. */
    Listing.Slice<ParticipantSummary> search(Search search, int page, int size, String after) {
        StringBuilder where = new StringBuilder("from Participant p where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> words = SearchKey.patterns(search.query());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and p.searchKey like :w").append(i);
            params.put("w" + i, words.get(i));
        }
        if (search.kind() != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", search.kind());
        }
        if (search.within() != null) {
            where.append(" and p.id in :within");
            params.put("within", search.within());
        }
        if (search.offenderNumber() != null) {
            where.append(" and p.offenderNumber = :number");
            params.put("number", search.offenderNumber());
        }
        Listing.Source source = new Listing.Source("select new ro.participant.ParticipantSummary(p.id, p.kind, p.firstName, p.lastName, "
                + "p.preferredLanguage, p.offenderNumber, p.institution, p.institutionId)", where.toString(), params, "p.id");
        return listing.page(ParticipantSummary.class, source, words.isEmpty() ? ORDER : BY_MATCHES,
                s -> new Object[] { s.lastName(), s.firstName(), s.id() },
                page, size, after);
    }

    /**
     * The participants a word search finds: every word of the query starts a word of their name or offender number
     * (accents and case aside). The trigram index finds the candidates ({@code like '%word%'}), the word start is
     * checked on them.
     */
    PeopleSearch search(String query) {
        List<String> anywhere = SearchKey.patterns(query);
        List<String> starts = SearchKey.wordStarts(query);
        if (anywhere.isEmpty()) {
            return PeopleSearch.NOBODY;
        }
        StringBuilder subquery = new StringBuilder("select searched_person.id from Participant searched_person where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < anywhere.size(); i++) {
            subquery.append(" and searched_person.searchKey like :people_w").append(i)
                    .append(" and concat(' ', searched_person.searchKey) like :people_s").append(i);
            params.put("people_w" + i, anywhere.get(i));
            params.put("people_s" + i, starts.get(i));
        }
        return new PeopleSearch(subquery.toString(), Map.copyOf(params));
    }

    Optional<Participant> byOffenderNumber(String offenderNumber) {
        return find("offenderNumber", offenderNumber).firstResultOptional();
    }
}
