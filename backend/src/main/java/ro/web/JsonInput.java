package ro.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How the API reads JSON: a field named twice, a number for an enum or a date, a NUL character in
 * text and a date outside {@link #EARLIEST}..{@link #LATEST} are refused (400 naming the field) before
 * anything reaches a service or the database.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    /** Applied last, so that these readers replace the defaults of the Java time module. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        SimpleModule module = new SimpleModule("ro-json-input");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(Instant.class, new BoundedInstant());
        module.addDeserializer(LocalDate.class, new BoundedDate());
        mapper.registerModule(module);
    }

    /** A value the API refuses to read; the key names the reason, the field is the exception's path. */
    public static final class RefusedInput extends InvalidFormatException {
        private final String messageKey;

        RefusedInput(JsonParser p, String messageKey, Object value, Class<?> type) {
            super(p, messageKey, value, type);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        public String rule() {
            return switch (messageKey) {
                case "problem.malformed-request.nul-character" -> "NoNulCharacter";
                case "problem.malformed-request.date-range" -> "DateRange";
                default -> "Text";
            };
        }
    }

    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new RefusedInput(p, "problem.malformed-request.nul-character", null, String.class);
            }
            return value;
        }
    }

    static final class BoundedInstant extends StdScalarDeserializer<Instant> {
        BoundedInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            requireText(p, Instant.class);
            Instant value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            LocalDate day = value.atOffset(ZoneOffset.UTC).toLocalDate();
            return inRange(p, day, value, Instant.class);
        }
    }

    static final class BoundedDate extends StdScalarDeserializer<LocalDate> {
        BoundedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            requireText(p, LocalDate.class);
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            return inRange(p, value, value, LocalDate.class);
        }
    }

    private static void requireText(JsonParser p, Class<?> type) throws RefusedInput {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new RefusedInput(p, "problem.malformed-request.not-text", null, type);
        }
    }

    private static <T> T inRange(JsonParser p, LocalDate day, T value, Class<T> type) throws RefusedInput {
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new RefusedInput(p, "problem.malformed-request.date-range", value, type);
        }
        return value;
    }
}
