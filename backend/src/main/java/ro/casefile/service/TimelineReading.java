package ro.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import ro.casefile.model.CaseEvent;
import ro.casefile.model.CaseStage;
import ro.casefile.model.ConsentForm;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.Way;
import ro.security.StaffName;

/**
 * Reads a stored timeline event back as its details: the wording its summary was stored with and its arguments,
 * typed. An argument that does not read as its type (an event stored before it had one) is left out.
 */
final class TimelineReading {

    private TimelineReading() {
    }

    /** The user names of staff members an event names (the mediators of OPENED and MEDIATORS). */
    static List<String> staffNamed(CaseEvent e) {
        String wording = TimelineWording.wording(e.summary).orElse("");
        String[] args = TimelineWording.arguments(e.summary);
        return switch (wording) {
            case "OPENED" -> args.length > 1 ? list(args[1]) : List.of();
            case "MEDIATORS" -> args.length > 0 ? list(args[0]) : List.of();
            default -> List.of();
        };
    }

    /** The participants a message event names by id (author, recipient). */
    static List<UUID> participantsNamed(CaseEvent e) {
        String[] args = TimelineWording.arguments(e.summary);
        return TimelineWording.wording(e.summary).filter(w -> w.startsWith("MESSAGE_")).isPresent() && args.length >= 4
                ? Arrays.stream(args, 2, 4).map(TimelineReading::uuid).filter(u -> u != null).toList()
                : List.of();
    }

    static TimelineDetails details(CaseEvent e, Function<String, StaffName> staff, Map<UUID, String> participants) {
        String wording = TimelineWording.wording(e.summary).orElse(e.kind);
        String[] a = TimelineWording.arguments(e.summary);
        TimelineDetails.Builder d = new TimelineDetails.Builder("disposed".equals(wording) ? "DISPOSED" : wording);
        d.participantId = e.participantId;
        switch (wording) {
            case "OPENED" -> {
                d.referrals = a.length > 0 ? integer(a[0]) : null;
                d.mediators = a.length > 1 ? list(a[1]).stream().map(staff).toList() : null;
            }
            case "MEDIATORS" -> d.mediators = a.length > 0 ? list(a[0]).stream().map(staff).toList() : null;
            case "STAGE" -> {
                d.from = a.length > 0 ? code(CaseStage.class, a[0]) : null;
                d.to = a.length > 1 ? code(CaseStage.class, a[1]) : e.stage;
            }
            case "WAYS" -> d.ways = a.length > 0 ? list(a[0]).stream().map(w -> code(Way.class, w)).filter(w -> w != null).toList() : null;
            case "CONSENT", "CONSENT_WITHDRAWN", "CONSENT_HOW", "CONSENT_WITHDRAWN_HOW" -> {
                d.participant = arg(a, 0);
                d.way = a.length > 1 ? code(Way.class, a[1]) : null;
                d.how = a.length > 2 ? code(ConsentForm.class, a[2]) : null;
            }
            case "JOINED_SUPPORT_PERSON" -> {
                d.participant = arg(a, 0);
                d.supported = arg(a, 1);
            }
            case "MEETING_SCHEDULED" -> {
                d.institution = arg(a, 0);
                d.meetingAt = a.length > 1 ? instant(a[1]) : null;
            }
            case "MEETING_HELD", "MEETING_CANCELLED", "MEETING_CANCELLED_WITHDRAWAL", "MEETING_CANCELLED_CONSENT" ->
                d.meetingAt = a.length > 0 ? instant(a[0]) : null;
            case "SAFETY_ASSESSMENT", "SAFETY_ASSESSMENT_NOT_SAFE" -> {
                d.participant = arg(a, 0);
                d.riskLevel = a.length > 1 ? code(RiskLevel.class, a[1]) : null;
                d.nextDue = a.length > 2 ? date(a[2]) : null;
            }
            default -> {
                if (wording.startsWith("MESSAGE_")) {
                    message(d, a, participants);
                } else {
                    d.participant = arg(a, 0);
                }
            }
        }
        return d.build();
    }

    /** A message event: its id, kind, author and recipient (ids, named as they are now); never its text. */
    private static void message(TimelineDetails.Builder d, String[] a, Map<UUID, String> participants) {
        d.messageId = a.length > 0 ? uuid(a[0]) : null;
        d.messageKind = arg(a, 1);
        d.authorId = a.length > 2 ? uuid(a[2]) : null;
        d.recipientId = a.length > 3 ? uuid(a[3]) : null;
        d.author = d.authorId == null ? null : participants.get(d.authorId);
        d.recipient = d.recipientId == null ? null : participants.get(d.recipientId);
    }

    private static String arg(String[] a, int i) {
        return a.length > i && !a[i].isBlank() ? a[i] : null;
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty() && !"—".equals(s)).toList();
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        return parsed(value, v -> Enum.valueOf(type, v));
    }

    private static Integer integer(String value) {
        return parsed(value, Integer::valueOf);
    }

    private static Instant instant(String value) {
        return parsed(value, Instant::parse);
    }

    private static LocalDate date(String value) {
        return parsed(value, LocalDate::parse);
    }

    private static UUID uuid(String value) {
        return parsed(value, UUID::fromString);
    }

    /** The value read as its type, or nothing when it does not read so (an event stored before it carried one). */
    private static <T> T parsed(String value, Function<String, T> read) {
        try {
            return read.apply(value.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
