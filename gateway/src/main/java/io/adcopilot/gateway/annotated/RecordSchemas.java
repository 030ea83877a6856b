package io.adcopilot.gateway.annotated;

import io.adcopilot.core.json.Json;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of records, as the copilot's JSON writes them (snake_case names): strings, numbers, booleans,
 * enums, dates, lists and nested records; {@code Optional} components are not required.
 */
public final class RecordSchemas {

    private RecordSchemas() {}

    public static ObjectNode of(Class<?> type) {
        return schema(type, type);
    }

    private static ObjectNode schema(Type generic, Class<?> raw) {
        ObjectNode s = Json.object();
        if (raw == String.class || raw == char.class) return s.put("type", "string");
        if (raw == LocalDate.class) return s.put("type", "string").put("format", "date");
        if (raw == boolean.class || raw == Boolean.class) return s.put("type", "boolean");
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return s.put("type", "integer");
        }
        if (raw == double.class || raw == float.class || raw == Double.class || raw == BigDecimal.class) {
            return s.put("type", "number");
        }
        if (raw.isEnum()) {
            s.put("type", "string");
            var values = s.putArray("enum");
            for (Object constant : raw.getEnumConstants()) values.add(((Enum<?>) constant).name().toLowerCase());
            return s;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            s.put("type", "array");
            s.set("items", schema(item, rawOf(item)));
            return s;
        }
        if (raw.isRecord()) {
            s.put("type", "object");
            ObjectNode properties = s.putObject("properties");
            var required = Json.MAPPER.createArrayNode();
            for (RecordComponent c : raw.getRecordComponents()) {
                String name = snake(c.getName());
                boolean optional = c.getType() == Optional.class;
                Type type = optional ? ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]
                        : c.getGenericType();
                ObjectNode property = schema(type, rawOf(type));
                Describe describe = c.getAnnotation(Describe.class);
                if (describe != null) property.put("description", describe.value());
                properties.set(name, property);
                if (!optional) required.add(name);
            }
            if (!required.isEmpty()) s.set("required", required);
            s.put("additionalProperties", false);
            return s;
        }
        return s.put("type", "object");
    }

    /** {@code dailyBudget} → {@code daily_budget}, as the JSON mapper's SNAKE_CASE names it. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalArgumentException("unsupported type " + type);
    }
}
