package ro.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Malformed JSON bodies for one operation's schema, each broken in a way that no reading of the
 * operation may accept. jqwik's generators, driven by the caller's seeded random, choose the field
 * and the values.
 */
final class Bodies {

    enum Kind {
        WRONG_TYPE, MISSING_REQUIRED, UNKNOWN_FIELD, NULL_REQUIRED, TOO_LONG_STRING, HUGE_STRING, NUL_CHARACTER,
        DUPLICATE_KEY, DEEP_NESTING, NUMBER_FOR_ENUM, NUMBER_FOR_DATE, NOT_JSON, EMPTY
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Map<String, Object>> properties;
    private final List<String> required;
    private final Random random;

    Bodies(Schemas schemas, Map<String, Object> schema, Random random) {
        this.properties = schemas.properties(schema);
        this.required = Schemas.required(schema);
        this.random = random;
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(1000).next(random).value();
    }

    /** A plausible, well-typed body: every field of the schema with a value of its type. */
    private Map<String, Object> base() {
        Map<String, Object> body = new LinkedHashMap<>();
        properties.forEach((name, property) -> body.put(name, plausible(property)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private Object plausible(Map<String, Object> property) {
        if (Schemas.isEnum(property)) {
            return ((List<Object>) property.get("enum")).get(0);
        }
        return switch (String.valueOf(property.get("type"))) {
            case "string" -> switch (String.valueOf(property.get("format"))) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2027-01-15";
                case "date-time" -> "2027-01-15T10:00:00Z";
                default -> sample(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
            };
            case "integer", "number" -> sample(Arbitraries.integers().between(0, 5));
            case "boolean" -> sample(Arbitraries.of(true, false));
            case "array" -> List.of();
            default -> Map.of();
        };
    }

    /** A value no reader of this field's type accepts (scalars are never coerced from objects or arrays). */
    private Object wrongType(Map<String, Object> property) {
        return "array".equals(property.get("type")) ? Map.of("not", "a list") : List.of(Map.of("not", "a value"), 1);
    }

    private String pick(Predicate<String> which) {
        List<String> names = new ArrayList<>(properties.keySet().stream().filter(which).toList());
        return names.isEmpty() ? null : sample(Arbitraries.of(names));
    }

    String make(Kind kind) {
        Map<String, Object> body = base();
        String field;
        switch (kind) {
            case WRONG_TYPE -> {
                field = pick(name -> true);
                if (field == null) {
                    return "[\"not an object\"]";
                }
                body.put(field, wrongType(properties.get(field)));
            }
            case MISSING_REQUIRED, NULL_REQUIRED -> {
                field = pick(required::contains);
                if (field == null) {
                    return kind == Kind.NULL_REQUIRED ? "null" : unknownField(body);
                }
                if (kind == Kind.MISSING_REQUIRED) {
                    body.remove(field);
                } else {
                    body.put(field, null);
                }
            }
            case UNKNOWN_FIELD -> {
                return unknownField(body);
            }
            case TOO_LONG_STRING -> {
                field = pick(name -> Schemas.isPlainText(properties.get(name)) && properties.get(name).containsKey("maxLength"));
                if (field == null) {
                    return unknownField(body);
                }
                int max = ((Number) properties.get(field).get("maxLength")).intValue();
                body.put(field, "x".repeat(max + 1));
            }
            case HUGE_STRING -> {
                field = pick(name -> Schemas.isPlainText(properties.get(name)));
                body.put(field == null ? "huge" : field, "h".repeat(RequestLimits.MAX_JSON_BYTES + 1));
            }
            case NUL_CHARACTER -> {
                field = pick(name -> Schemas.isPlainText(properties.get(name)));
                if (field == null) {
                    return unknownField(body);
                }
                String text = sample(Arbitraries.strings().alpha().ofMaxLength(5));
                body.put(field, text + "\u0000" + text);
            }
            case DUPLICATE_KEY -> {
                field = pick(name -> true);
                String name = field == null ? "twice" : field;
                String rest = write(body).substring(1);
                return "{\"" + name + "\":" + write(plausibleOrText(name)) + ",\"" + name + "\":" + write(plausibleOrText(name))
                        + (rest.equals("}") ? "}" : "," + rest);
            }
            case DEEP_NESTING -> {
                int depth = sample(Arbitraries.integers().between(1_500, 5_000));
                field = pick(name -> "array".equals(properties.get(name).get("type")));
                String name = field == null ? String.valueOf(pick(name2 -> true)) : field;
                return "{\"" + name + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            case NUMBER_FOR_ENUM, NUMBER_FOR_DATE -> {
                Predicate<Map<String, Object>> kindOf = kind == Kind.NUMBER_FOR_ENUM ? Schemas::isEnum : Schemas::isDate;
                field = pick(name -> kindOf.test(properties.get(name)));
                if (field == null) {
                    return unknownField(body);
                }
                body.put(field, sample(Arbitraries.integers().between(0, 1_900_000_000)));
            }
            case NOT_JSON -> {
                return sample(Arbitraries.of("<xml/>", "kind=VICTIM&a=b", "{\"unterminated\": ", "'single'", "{a:1}", "\u0000"));
            }
            default -> {
                return "";
            }
        }
        return write(body);
    }

    private Object plausibleOrText(String name) {
        return properties.containsKey(name) ? plausible(properties.get(name)) : "x";
    }

    private String unknownField(Map<String, Object> body) {
        body.put("zz" + sample(Arbitraries.strings().alpha().ofLength(6)), sample(Arbitraries.of("x", 1, true)));
        return write(body);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
