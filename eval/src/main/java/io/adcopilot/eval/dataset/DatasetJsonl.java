package io.adcopilot.eval.dataset;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.core.json.Canonical;
import io.adcopilot.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spec's dataset JSONL, read with every problem reported by line and field (not only the first), written back
 * one compact item a line, and hashed.
 */
public final class DatasetJsonl {

    private DatasetJsonl() {}

    /** The items of a JSONL file, each checked; throws {@link InvalidDatasetException} naming the lines at fault. */
    public static List<ObjectNode> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidDatasetException(file.toString(), List.of(new InvalidDatasetException.Problem(0, null,
                    "is not UTF-8 text")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** The items of JSONL text ({@code source} names it in errors); blank lines are skipped. */
    public static List<ObjectNode> parse(String jsonl, String source) {
        List<ObjectNode> items = new ArrayList<>();
        List<InvalidDatasetException.Problem> problems = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(jsonl))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (JacksonException e) {
                    problems.add(new InvalidDatasetException.Problem(number, null, "not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                int at = number;
                var found = ItemForm.check(node);
                found.forEach(p -> problems.add(new InvalidDatasetException.Problem(at, p.field(), p.message())));
                if (!found.isEmpty()) continue;
                String id = node.path("id").asString();
                Integer earlier = lineOfId.putIfAbsent(id, number);
                if (earlier != null) {
                    problems.add(new InvalidDatasetException.Problem(number, "id", "\"" + id
                            + "\" is already the id of line " + earlier));
                    continue;
                }
                items.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && items.isEmpty()) {
            problems.add(new InvalidDatasetException.Problem(0, null, "has no items"));
        }
        if (!problems.isEmpty()) throw new InvalidDatasetException(source, problems);
        return items;
    }

    /** Checks one item (for adding to a dataset): throws {@link InvalidDatasetException} when it is not valid. */
    public static ObjectNode check(JsonNode item, String source) {
        var found = ItemForm.check(item);
        if (!found.isEmpty()) {
            throw new InvalidDatasetException(source, found.stream()
                    .map(p -> new InvalidDatasetException.Problem(0, p.field(), p.message())).toList());
        }
        return (ObjectNode) item;
    }

    /** The items the engines and the scorer read. */
    public static List<DatasetItem> items(List<ObjectNode> nodes) {
        return nodes.stream().map(DatasetItem::fromJson).toList();
    }

    /** One compact item a line, each line ending in a newline. */
    public static String write(List<? extends JsonNode> items) {
        StringBuilder out = new StringBuilder();
        for (JsonNode item : items) out.append(Json.MAPPER.writeValueAsString(item)).append('\n');
        return out.toString();
    }

    /** SHA-256 (hex) of the items' canonical JSON (sorted keys), one a line, in order. */
    public static String hash(List<? extends JsonNode> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (JsonNode item : items) {
                sha.update(Canonical.text(item).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
