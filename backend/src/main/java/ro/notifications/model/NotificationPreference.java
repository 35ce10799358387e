package ro.notifications.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's choice of the notices they get: keyed by the token's subject, with the user name, roles
 * and e-mail address their token carried at their last change (the notifier works for them later,
 * without a token).
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    public String subject;

    public String username;

    /** The program's roles held at the last change, comma-separated in {@link ro.security.Roles#ALL}'s order. */
    public String roles;

    public String email;

    public boolean emailEnabled;

    @Column(length = 2)
    @Convert(converter = NoticeLanguageColumn.class)
    public NoticeLanguage language;

    /** The chosen work queue names, comma-separated. */
    public String kinds;

    @Enumerated(EnumType.STRING)
    public NotificationFrequency frequency;

    public LocalDate lastDigestOn;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    public List<String> kindList() {
        return kinds == null || kinds.isEmpty() ? List.of() : Arrays.asList(kinds.split(","));
    }

    public List<String> roleList() {
        return roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }
}
