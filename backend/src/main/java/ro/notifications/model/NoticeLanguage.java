package ro.notifications.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ro.rules.Messages;

/** The language of a person's notices: one of the program's two. */
public enum NoticeLanguage {
    EN("en", Messages.ENGLISH),
    FR("fr", Messages.FRENCH);

    private final String code;
    private final Locale locale;

    NoticeLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    @JsonCreator
    public static NoticeLanguage of(String code) {
        for (NoticeLanguage l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("not a notice language: " + code);
    }
}
