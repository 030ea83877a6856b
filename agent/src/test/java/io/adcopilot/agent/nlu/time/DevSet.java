package io.adcopilot.agent.nlu.time;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adcopilot.agent.nlu.text.TextSpan;
import io.adcopilot.core.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The shared labelled development set and demo catalog, read by tests only (paths relative to the module
 * directory). Tests that use it are skipped when the files are absent.
 */
public final class DevSet {

    private static final Path DATASET = Path.of("../../shared/datasets/ad-nlu-dev.jsonl");
    private static final Path CATALOG = Path.of("../../shared/fixtures/demo-catalog.json");
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    /** One labelled utterance: its date, its text, whether earlier turns came before it, and its labels. */
    public record Item(String id, LocalDate today, String text, boolean hasHistory, String intent, JsonNode slots) {}

    private DevSet() {}

    public static List<Item> items() {
        assumeTrue(Files.exists(DATASET), "no dev set at " + DATASET.toAbsolutePath());
        List<Item> items = new ArrayList<>();
        for (String line : lines(DATASET)) {
            if (line.isBlank()) continue;
            JsonNode item = Json.MAPPER.readTree(line);
            LocalDate today = OffsetDateTime.parse(item.path("now").asString()).atZoneSameInstant(PLATFORM_ZONE)
                    .toLocalDate();
            boolean hasHistory = item.has("history") && !item.path("history").isEmpty();
            items.add(new Item(item.path("id").asString(), today, item.path("text").asString(), hasHistory,
                    item.path("intent").asString(), item.path("slots")));
        }
        return items;
    }

    /** Spans of the demo catalog's entity names said in {@code text}, longest names first, without overlaps. */
    public static List<TextSpan> entityNames(String text) {
        List<TextSpan> spans = new ArrayList<>();
        for (String name : Names.LONGEST_FIRST) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                TextSpan span = new TextSpan(at, at + name.length());
                if (spans.stream().noneMatch(span::overlaps)) spans.add(span);
            }
        }
        return spans;
    }

    private static final class Names {
        static final List<String> LONGEST_FIRST = load();

        private static List<String> load() {
            if (!Files.exists(CATALOG)) return List.of();
            List<String> names = new ArrayList<>();
            collect(Json.MAPPER.readTree(String.join("\n", lines(CATALOG))), names);
            names.sort(Comparator.comparingInt(String::length).reversed());
            return names;
        }

        private static void collect(JsonNode node, List<String> names) {
            if (node.isObject() && node.has("id") && node.has("name")) names.add(node.path("name").asString());
            for (JsonNode child : node) collect(child, names);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
