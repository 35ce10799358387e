package ro.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.mailer.Mailer;
import ro.notifications.model.NotificationFrequency;
import ro.notifications.model.NotificationPreference;
import ro.work.WorkQueueName;
import ro.work.WorkService;

/**
 * One person's turn in a scan, in a transaction of its own that holds their row (FOR UPDATE SKIP LOCKED:
 * a replica scanning at the same time passes over them). What waits is counted for them as their own
 * My work would (their user name and roles as of their last save), then:
 * <ul>
 * <li>IMMEDIATE: a notice when a chosen kind holds more than it did at their previous scan (from nothing
 * to something, or new work since). The counts of each scan are kept ({@code notification_watermark}),
 * so work that merely stays waiting is told of once.</li>
 * <li>DAILY_DIGEST: once a day from {@code digest-at} (local time), the chosen kinds that have work
 * waiting; nothing is sent when nothing waits, and the day counts as done.</li>
 * </ul>
 * The mail is sent before the transaction commits: a failed send rolls the turn back, so the next scan
 * tries again.
 */
@ApplicationScoped
public class NoticeRound {

    @Inject
    EntityManager em;

    @Inject
    WorkService work;

    @Inject
    Mailer mailer;

    @Inject
    NoticeMail mails;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    /** The people who chose e-mail notices. */
    @Transactional
    public List<String> subscribers() {
        return em.createQuery("select p.subject from NotificationPreference p where p.emailEnabled = true and p.email is not null"
                + " order by p.subject", String.class).getResultList();
    }

    /** A person's turn: whether a mail was sent (false also when another replica holds them now). */
    @ActivateRequestContext
    @Transactional(TxType.REQUIRES_NEW)
    public boolean take(String subject) {
        List<?> claimed = em.createNativeQuery("select subject from notification_preference where subject = :subject"
                + " and email_enabled for update skip locked").setParameter("subject", subject).getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        NotificationPreference p = em.find(NotificationPreference.class, subject);
        if (p.email == null || p.kindList().isEmpty()) {
            return false;
        }
        Map<WorkQueueName, Long> waiting = waiting(p);
        return p.frequency == NotificationFrequency.DAILY_DIGEST ? digest(p, waiting) : immediate(p, waiting);
    }

    private boolean immediate(NotificationPreference p, Map<WorkQueueName, Long> waiting) {
        Map<String, Long> before = watermarks(p.subject);
        List<WorkQueueName> fresh = waiting.entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey().key(), 0L)).map(Map.Entry::getKey).toList();
        Instant now = clock.instant();
        // only what changed is written: a scan where nothing moved writes nothing
        waiting.entrySet().stream().filter(e -> fresh.contains(e.getKey()) || !e.getValue().equals(before.get(e.getKey().key())))
                .forEach(e -> mark(p.subject, e.getKey(), e.getValue(), fresh.contains(e.getKey()) ? now : null));
        if (fresh.isEmpty()) {
            return false;
        }
        mailer.send(mails.of(p.email, p.language.locale(), false, fresh));
        return true;
    }

    private boolean digest(NotificationPreference p, Map<WorkQueueName, Long> waiting) {
        ZonedDateTime local = clock.instant().atZone(config.zone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(config.digestAt()) || (p.lastDigestOn != null && !p.lastDigestOn.isBefore(today))) {
            return false;
        }
        p.lastDigestOn = today;
        List<WorkQueueName> kinds = waiting.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        if (kinds.isEmpty()) {
            return false;
        }
        mailer.send(mails.of(p.email, p.language.locale(), true, kinds));
        return true;
    }

    /** How much waits for the person in each kind they chose, counted as their own My work does. */
    private Map<WorkQueueName, Long> waiting(NotificationPreference p) {
        Map<WorkQueueName, Long> all = new EnumMap<>(WorkQueueName.class);
        p.roleList().forEach(role -> all.putAll(work.waitingFor(p.username, role)));
        Map<WorkQueueName, Long> chosen = new EnumMap<>(WorkQueueName.class);
        p.kindList().stream().map(WorkQueueName::of).flatMap(Optional::stream).filter(all::containsKey)
                .forEach(kind -> chosen.put(kind, all.get(kind)));
        return chosen;
    }

    private Map<String, Long> watermarks(String subject) {
        Map<String, Long> marks = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select kind, waiting from notification_watermark where subject = :subject", Object[].class)
                .setParameter("subject", subject).getResultList();
        rows.forEach(r -> marks.put((String) r[0], ((Number) r[1]).longValue()));
        return marks;
    }

    private void mark(String subject, WorkQueueName kind, long count, Instant noticed) {
        String upsert = "insert into notification_watermark (subject, kind, waiting, noticed_at) values (:subject, :kind, :waiting, "
                + (noticed == null ? "null" : ":noticed") + ") on conflict (subject, kind) do update set waiting = excluded.waiting"
                + (noticed == null ? "" : ", noticed_at = excluded.noticed_at");
        var query = em.createNativeQuery(upsert).setParameter("subject", subject).setParameter("kind", kind.key()).setParameter("waiting", count);
        if (noticed != null) {
            query.setParameter("noticed", java.sql.Timestamp.from(noticed));
        }
        query.executeUpdate();
    }
}
