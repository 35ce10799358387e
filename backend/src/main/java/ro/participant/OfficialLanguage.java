package ro.participant;

/** Canada's official languages: every participant is served in the one they prefer. */
public enum OfficialLanguage {
    EN, FR
}
