package ro.notifications.service;

import java.time.Instant;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.notifications.model.NoticeLanguage;
import ro.notifications.model.NotificationFrequency;
import ro.notifications.model.NotificationPreference;
import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.rules.Invalid;
import ro.rules.StaleVersion;
import ro.security.Caller;
import ro.security.Roles;
import ro.work.WorkQueueName;
import ro.work.WorkService;

/**
 * Each coordinator's and mediator's own notice settings. The address is the token's {@code email}
 * claim, kept at each save (the notifier writes later, without a token); it is never audited, only
 * the names of the fields a save changed.
 */
@RequestScoped
@Transactional
public class NotificationSettingsService {

    static final String AUDIT_TYPE = "NOTIFICATION_SETTINGS";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    WorkService work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    NotificationsConfig config;

    /** What the fields of a save are, to name the ones it changed. */
    public record Saved(boolean emailEnabled, String kinds, NotificationFrequency frequency, NoticeLanguage language, String email,
            String roles) {
    }

    public NotificationSettingsView mine() {
        NotificationPreference p = em.find(NotificationPreference.class, caller.subject());
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, caller.subject()));
        return p == null ? new NotificationSettingsView(false, List.of(), NotificationFrequency.IMMEDIATE, NoticeLanguage.EN, null, available(), 0)
                : view(p);
    }

    /** Saves the caller's settings; the version read (0 before the first save), else 412. */
    public NotificationSettingsView save(long expectedVersion, NotificationSettings settings) {
        List<WorkQueueName> kinds = chosen(settings.kinds());
        String email = token.getClaim("email");
        if (Boolean.TRUE.equals(settings.emailEnabled()) && (email == null || email.isBlank())) {
            throw new BrokenRules("notifications.email.missing", List.of(new Breach("email", "AccountEmail", "notifications.email.missing")));
        }
        NotificationPreference p = em.find(NotificationPreference.class, caller.subject(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean created = p == null;
        if (created) {
            StaleVersion.requireCurrent(0, expectedVersion);
            p = new NotificationPreference();
            p.subject = caller.subject();
            p.createdAt = now;
            p.version = 1; // 0 is the defaults, never saved
        } else {
            StaleVersion.requireCurrent(p.version, expectedVersion);
        }
        Saved before = created ? null : saved(p);
        p.username = caller.username();
        p.roles = caller.roles();
        p.email = email == null || email.isBlank() ? null : email.strip();
        p.emailEnabled = settings.emailEnabled();
        p.kinds = kinds.stream().map(WorkQueueName::key).collect(Collectors.joining(","));
        if (settings.frequency() == NotificationFrequency.DAILY_DIGEST && p.frequency != NotificationFrequency.DAILY_DIGEST) {
            startDigestsTomorrowWhenPastToday(p, now);
        }
        p.frequency = settings.frequency();
        p.language = settings.language();
        p.updatedAt = now;
        if (created) {
            em.persist(p);
        }
        em.flush();
        audit.record(AuditRecord.change(created ? "CREATE" : "UPDATE", AUDIT_TYPE, p.subject)
                .fields(created ? AuditRecord.filledFields(saved(p)) : AuditRecord.changedFields(before, saved(p))));
        return view(p);
    }

    /** A digest chosen after the day's digest time starts the next morning: one e-mail a day, at its time. */
    private void startDigestsTomorrowWhenPastToday(NotificationPreference p, Instant now) {
        java.time.ZonedDateTime local = now.atZone(config.zone());
        if (!local.toLocalTime().isBefore(config.digestAt())) {
            p.lastDigestOn = local.toLocalDate();
        }
    }

    /** The kinds chosen, each a queue of one of the caller's roles, in the queues' order; 400 naming {@code kinds} otherwise. */
    private List<WorkQueueName> chosen(List<String> keys) {
        List<WorkQueueName> available = available();
        Set<WorkQueueName> chosen = new LinkedHashSet<>();
        for (String key : keys) {
            WorkQueueName kind = WorkQueueName.of(key).filter(available::contains)
                    .orElseThrow(() -> Invalid.field("kinds", "KindOfYourRole", "notifications.kinds.unknown", key,
                            available.stream().map(WorkQueueName::key).collect(Collectors.joining(", "))));
            chosen.add(kind);
        }
        return available.stream().filter(chosen::contains).toList();
    }

    private List<WorkQueueName> available() {
        return Roles.ALL.stream().filter(caller::is).flatMap(r -> work.queuesOf(r).stream()).distinct().sorted().toList();
    }

    private static Saved saved(NotificationPreference p) {
        return new Saved(p.emailEnabled, p.kinds, p.frequency, p.language, p.email, p.roles);
    }

    private NotificationSettingsView view(NotificationPreference p) {
        List<WorkQueueName> kinds = p.kindList().stream().map(k -> WorkQueueName.of(k).orElse(null)).filter(java.util.Objects::nonNull).toList();
        return new NotificationSettingsView(p.emailEnabled, kinds, p.frequency, p.language, p.email, available(), p.version);
    }
}
