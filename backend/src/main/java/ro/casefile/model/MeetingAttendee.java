package ro.casefile.model;

import java.util.UUID;

import jakarta.persistence.*;

import org.hibernate.annotations.Immutable;

/** Who attends a meeting: participants, support persons, mediators, escort staff. */
@Entity
@Immutable
public class MeetingAttendee {

    @Id
    public UUID id;
    public UUID meetingId;
    @Enumerated(EnumType.STRING)
    public Role role;
    public UUID participantId;
    public String name;

    public enum Role {
        PARTICIPANT, SUPPORT_PERSON, MEDIATOR, ESCORT_STAFF
    }

    public static MeetingAttendee of(UUID meetingId, Role role, UUID participantId, String name) {
        MeetingAttendee a = new MeetingAttendee();
        a.id = UUID.randomUUID();
        a.meetingId = meetingId;
        a.role = role;
        a.participantId = participantId;
        a.name = name;
        return a;
    }
}
