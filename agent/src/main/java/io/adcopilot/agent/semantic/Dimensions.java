package io.adcopilot.agent.semantic;

import io.adcopilot.agent.turn.Language;
import java.util.Map;

/** Report dimensions: labels in both languages, and which carry an entity name next to their id. */
public final class Dimensions {

    private static final Map<String, String[]> LABELS = Map.of(
            "date", new String[]{"日期", "date"}, "campaign", new String[]{"计划", "campaign"},
            "ad_group", new String[]{"广告组", "ad group"}, "creative", new String[]{"创意", "creative"},
            "region", new String[]{"地域", "region"}, "device", new String[]{"设备", "device"},
            "gender", new String[]{"性别", "gender"}, "age", new String[]{"年龄段", "age"});

    private Dimensions() {}

    public static String label(String key, Language language) {
        String[] l = LABELS.get(key);
        return l == null ? key : language.pick(l[0], l[1]);
    }

    public static boolean isEntity(String key) {
        return key.equals("campaign") || key.equals("ad_group") || key.equals("creative");
    }

    /** A row's value for a dimension as shown: the entity's name, or the value with a readable label. */
    public static String shown(String key, Map<String, Object> row, Language language) {
        Object name = row.get(key + "_name");
        if (name != null) return name.toString();
        Object value = row.get(key);
        if (value == null) return "";
        String v = value.toString();
        return switch (key) {
            case "device" -> switch (v) {
                case "ios" -> "iOS";
                case "android" -> language.pick("安卓", "Android");
                case "pc" -> "PC";
                default -> v;
            };
            case "gender" -> v.equals("male") ? language.pick("男性", "male") : language.pick("女性", "female");
            case "age" -> language.pick(v + "岁", v);
            default -> v;
        };
    }
}
