package ro.casefile.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import ro.participant.OfficialLanguage;

/**
 * Whether a case's mediators can serve every participant in the official language they prefer. A gap
 * is a warning for the coordinator, never a refusal: the program may still assign them (with an
 * interpreter, or until another mediator is free).
 */
public final class LanguageCoveragePolicy {

    /** A language that active participants prefer and no assigned mediator speaks, with those participants. */
    public record Gap(OfficialLanguage language, List<UUID> participantIds) {
    }

    private LanguageCoveragePolicy() {
    }

    /**
     * The gaps, one per language, in the enum's order.
     *
     * @param preferred the preferred language of each active participant
     * @param mediators the languages each assigned mediator speaks
     */
    public static List<Gap> gaps(Map<UUID, OfficialLanguage> preferred, Collection<? extends Collection<OfficialLanguage>> mediators) {
        Set<OfficialLanguage> spoken = EnumSet.noneOf(OfficialLanguage.class);
        mediators.forEach(spoken::addAll);
        Map<OfficialLanguage, List<UUID>> unserved = new TreeMap<>();
        preferred.forEach((participant, language) -> {
            if (language != null && !spoken.contains(language)) {
                unserved.computeIfAbsent(language, l -> new ArrayList<>()).add(participant);
            }
        });
        List<Gap> gaps = new ArrayList<>();
        unserved.forEach((language, ids) -> gaps.add(new Gap(language, ids.stream().sorted().toList())));
        return gaps;
    }
}
