package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A help-center article: front matter (id, titles, tags), the Chinese body in Markdown and the English summary
 * (the text under {@code ## English summary}).
 */
public record Article(String id, String title, String titleEn, List<String> tags, String body, String summary) {

    private static final String SUMMARY = "## English summary";

    public Article {
        tags = List.copyOf(tags);
    }

    /** The title in the given language. */
    public String title(Language language) {
        return language == Language.ZH ? title : titleEn;
    }

    static Article parse(String text) {
        String s = text.replace("\r\n", "\n");
        if (!s.startsWith("---\n")) throw new IllegalArgumentException("an article starts with front matter");
        int end = s.indexOf("\n---\n", 4);
        if (end < 0) throw new IllegalArgumentException("the front matter is not closed");
        Map<String, String> fm = new LinkedHashMap<>();
        for (String line : s.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) fm.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String rest = s.substring(end + 5);
        int at = rest.indexOf("\n" + SUMMARY);
        if (at < 0) throw new IllegalArgumentException(fm.get("id") + " has no English summary");
        String tags = fm.getOrDefault("tags", "[]").replaceAll("^\\[|]$", "");
        return new Article(required(fm, "id"), required(fm, "title"), required(fm, "title_en"),
                Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                rest.substring(0, at).strip(), rest.substring(at + 1 + SUMMARY.length()).strip());
    }

    private static String required(Map<String, String> fm, String key) {
        String value = fm.get(key);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("front matter lacks " + key);
        return value;
    }
}
