package ro.casefile.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.LanguageCoveragePolicy;
import ro.participant.OfficialLanguage;
import ro.participant.ParticipantLookup.Named;

@Schema(description = "A warning about a case as it is: it refuses nothing; the coordinator decides")
public record CaseWarning(
        @Schema(required = true) Code code,
        @Schema(required = true, description = "The participants' preferred language that no assigned mediator speaks") OfficialLanguage language,
        @Schema(required = true, maxItems = 50, description = "The active participants who prefer that language") List<UUID> participantIds) {

    /** What the warning is about. */
    @Schema(name = "CaseWarningCode")
    public enum Code {
        NO_MEDIATOR_SPEAKS_LANGUAGE
    }

    /** One warning per preferred language of the active participants that none of the mediators speaks. */
    static List<CaseWarning> of(CaseSituation situation, Map<UUID, Named> named, List<List<OfficialLanguage>> mediators) {
        Map<UUID, OfficialLanguage> preferred = situation.participants().stream().filter(CaseSituation.Member::active)
                .filter(p -> named.containsKey(p.participantId()) && named.get(p.participantId()).preferredLanguage() != null)
                .collect(Collectors.toMap(CaseSituation.Member::participantId, p -> named.get(p.participantId()).preferredLanguage(), (a, b) -> a));
        return LanguageCoveragePolicy.gaps(preferred, mediators).stream()
                .map(g -> new CaseWarning(Code.NO_MEDIATOR_SPEAKS_LANGUAGE, g.language(), g.participantIds())).toList();
    }
}
