package ro.notifications.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A notice language as its code in the column ({@code en}, {@code fr}). */
@Converter
public class NoticeLanguageColumn implements AttributeConverter<NoticeLanguage, String> {

    @Override
    public String convertToDatabaseColumn(NoticeLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public NoticeLanguage convertToEntityAttribute(String code) {
        return code == null ? null : NoticeLanguage.of(code);
    }
}
