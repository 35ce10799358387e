package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

import ro.rules.Refusal;

/** Who attends a meeting: participants, support persons, mediators, escort staff. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {

    @Id
    public UUID id;
    @Column(name = "meeting_id", nullable = false, updatable = false)
    public UUID meetingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Role role;
    @Column(name = "participant_id", updatable = false)
    public UUID participantId;
    @Column(nullable = false, updatable = false)
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
