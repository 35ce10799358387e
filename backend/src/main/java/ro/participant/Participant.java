package ro.participant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person taking part in the program, as staff have recorded them. */
@Entity
public class Participant {

    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    ParticipantKind kind;
    String firstName;
    String lastName;
    @Enumerated(EnumType.STRING)
    OfficialLanguage preferredLanguage;
    String offenderNumber;
    String institution;
    UUID institutionId;
    @Embedded
    Contact contact;
    String searchKey;
    @Version
    long version;
    @Column(updatable = false)
    Instant createdAt;
    Instant updatedAt;
    @Column(updatable = false)
    String createdBy;

    protected Participant() {
    }

    static Participant register(ParticipantKind kind, Identity identity, Contact contact, String by, Instant at) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.kind = kind;
        p.createdAt = at;
        p.createdBy = by;
        p.apply(identity, contact, at);
        return p;
    }

    void amend(Identity identity, Contact contact, Instant at) {
        apply(identity, contact, at);
    }

    private void apply(Identity identity, Contact contact, Instant at) {
        this.firstName = identity.firstName();
        this.lastName = identity.lastName();
        this.preferredLanguage = identity.preferredLanguage();
        this.offenderNumber = identity.offenderNumber();
        this.institution = identity.institution();
        this.institutionId = identity.institutionId();
        this.contact = contact;
        this.searchKey = SearchKey.of(firstName, lastName, offenderNumber);
        this.updatedAt = at;
    }

    /** Who the participant is, apart from how to reach them. */
    record Identity(String firstName, String lastName, OfficialLanguage preferredLanguage, String offenderNumber,
            String institution, UUID institutionId) {

        /** The same identity at the institution chosen from the list: its English name is the recorded text. */
        Identity at(UUID id, String name) {
            return new Identity(firstName, lastName, preferredLanguage, offenderNumber, name, id);
        }
    }

    public UUID id() {
        return id;
    }

    public ParticipantKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    public String offenderNumber() {
        return offenderNumber;
    }
}
