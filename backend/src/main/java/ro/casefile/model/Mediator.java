package ro.casefile.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.*;

import ro.participant.OfficialLanguage;

/** A trained mediator on the program's roster, kept by admin. */
@Entity
public class Mediator {

    @Id
    public String username;
    public String displayName;
    /** The official languages they mediate in, kept as EN, FR or EN,FR: see {@link #speaks()}. */
    public String languages;
    public String region;
    public java.util.UUID regionId;
    public boolean active;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;

    /** The languages they mediate in, in the enum's order (EN before FR). */
    public List<OfficialLanguage> speaks() {
        EnumSet<OfficialLanguage> spoken = EnumSet.noneOf(OfficialLanguage.class);
        Arrays.stream(languages.split(",")).map(String::strip).filter(l -> !l.isEmpty()).map(OfficialLanguage::valueOf)
                .forEach(spoken::add);
        return List.copyOf(spoken);
    }

    /** Keeps the languages in the canonical order, whatever order they were given in. */
    public void speak(Collection<OfficialLanguage> spoken) {
        languages = EnumSet.copyOf(spoken).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
