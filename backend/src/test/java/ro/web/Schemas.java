package ro.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's component schemas, with $ref and allOf resolved one level at a time. */
final class Schemas {

    private final Map<String, Object> components;

    Schemas(Map<String, Object> components) {
        this.components = components;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        Object ref = schema.get("$ref");
        if (ref != null) {
            resolved.putAll(resolve((Map<String, Object>) components.get(ref.toString().substring("#/components/schemas/".length()))));
        }
        for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
            resolved.putAll(resolve((Map<String, Object>) part));
        }
        schema.forEach((key, value) -> {
            if (!key.equals("$ref") && !key.equals("allOf")) {
                resolved.put(key, value);
            }
        });
        return resolved;
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        ((Map<String, Object>) schema.getOrDefault("properties", Map.of()))
                .forEach((name, property) -> properties.put(name, resolve((Map<String, Object>) property)));
        return properties;
    }

    @SuppressWarnings("unchecked")
    static List<String> required(Map<String, Object> schema) {
        return (List<String>) schema.getOrDefault("required", List.of());
    }

    static boolean isEnum(Map<String, Object> property) {
        return property.containsKey("enum");
    }

    static boolean isDate(Map<String, Object> property) {
        return "date".equals(property.get("format")) || "date-time".equals(property.get("format"));
    }

    static boolean isPlainText(Map<String, Object> property) {
        return "string".equals(property.get("type")) && !isEnum(property) && !property.containsKey("format");
    }
}
