package ro.privacy.model;

/** Why something held about the person is listed in their export but not given. */
public enum Withholding {
    MEDIATORS_ONLY_NOTE("A note for the mediators only: withheld, not included.",
            "Note réservée aux médiateurs : retenue, non incluse."),
    CASE_NOTE("A note about the whole case, which speaks of other people: withheld, not included.",
            "Note sur l'ensemble du dossier, qui parle d'autres personnes : retenue, non incluse."),
    SAFETY_OF_OTHERS("Recorded for the safety of other people: withheld, not included.",
            "Consigné pour la sécurité d'autres personnes : retenu, non inclus."),
    ABOUT_ANOTHER_PERSON("Recorded about another person: withheld, not included.",
            "Consigné au sujet d'une autre personne : retenu, non inclus.");

    private final String english;
    private final String french;

    Withholding(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String words(boolean inFrench) {
        return inFrench ? french : english;
    }
}
