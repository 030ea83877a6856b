package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns the arguments of the model's {@code report_frames} calls into frames, checking each against the domain: a
 * known intent, only the slots that intent takes ({@link SlotNames}), values in the spec's forms ({@link
 * SlotReader}), a confidence between 0 and 1, ambiguities naming existing entities. The reading is valid only when
 * nothing was wrong; otherwise its errors are what the repair round tells the model.
 */
final class FrameReader {

    /** A confidence for frames whose model gave none. */
    static final double UNSTATED_CONFIDENCE = 0.9;

    record Reading(List<Frame> frames, List<String> errors) {
        Reading {
            frames = List.copyOf(frames);
            errors = List.copyOf(errors);
        }

        boolean valid() {
            return errors.isEmpty() && !frames.isEmpty();
        }
    }

    private final EntityCatalog catalog;

    FrameReader(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads the arguments of each call, in order (a model may report the frames in one call or in several). */
    Reading read(List<String> arguments) {
        List<Frame> frames = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String args : arguments) readCall(args, frames, errors);
        if (frames.isEmpty() && errors.isEmpty()) errors.add(NO_FRAME);
        return new Reading(frames, errors);
    }

    static final String NO_FRAME = "frames: no frame reported; report at least one";

    /** Reads the arguments of one {@code report_frames} call, adding its valid frames to {@code into}. */
    void readCall(String args, List<Frame> into, List<String> errors) {
        JsonNode list = frameList(args, errors);
        if (list == null) return;
        for (JsonNode node : list) {
            Frame frame = frame(node, "frames[" + into.size() + "]", errors);
            if (frame != null) into.add(frame);
        }
    }

    /** The array of frames: {@code {"frames": [...]}} as the tool asks, or a bare array, or a single frame. */
    private static JsonNode frameList(String args, List<String> errors) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(stripFence(args == null ? "" : args));
        } catch (JacksonException e) {
            errors.add("arguments: not valid JSON (" + briefly(e) + "); send a JSON object {\"frames\": [...]}");
            return null;
        }
        if (root != null && root.isArray()) return root;
        if (root != null && root.isObject() && root.path("frames").isArray()) return root.get("frames");
        if (root != null && root.isObject() && root.has("intent")) return Json.MAPPER.createArrayNode().add(root);
        errors.add("arguments: expected a JSON object {\"frames\": [...]}");
        return null;
    }

    /** The parser's complaint without the location details Jackson appends. */
    private static String briefly(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf(" (start marker");
        if (cut > 0) message = message.substring(0, cut);
        int line = message.indexOf('\n');
        return line > 0 ? message.substring(0, line) : message;
    }

    /** Models that answer in text sometimes wrap the JSON in a Markdown code fence. */
    private static String stripFence(String text) {
        String t = text.strip();
        if (!t.startsWith("```")) return t;
        int firstLine = t.indexOf('\n');
        int closing = t.lastIndexOf("```");
        return firstLine > 0 && closing > firstLine ? t.substring(firstLine + 1, closing).strip() : t;
    }

    /**
     * One frame ({@code {"intent", "slots", "confidence"?, "ambiguities"?}}), checked; {@code path} names it in the
     * errors. Null when anything was wrong.
     */
    Frame frame(JsonNode node, String path, List<String> errors) {
        if (!node.isObject()) {
            errors.add(path + ": must be an object {\"intent\", \"slots\", \"confidence\"}");
            return null;
        }
        JsonNode intentNode = node.path("intent");
        String intent = intentNode.isString() ? intentNode.stringValue() : null;
        if (intent == null || !DomainVocabulary.INTENTS.containsKey(intent)) {
            errors.add(path + ".intent: " + (intent == null ? "missing" : "unknown intent '" + intent + "'")
                    + "; one of " + DomainVocabulary.INTENTS.keySet());
            return null;
        }
        int before = errors.size();
        Slots slots = slots(intent, node.get("slots"), path + ".slots", errors);
        double confidence = confidence(node.get("confidence"), path + ".confidence", errors);
        List<Frame.Ambiguity> ambiguities = new AmbiguityReader(catalog, errors)
                .read(node.get("ambiguities"), path + ".ambiguities");
        return errors.size() == before ? new Frame(intent, slots, confidence, ambiguities) : null;
    }

    private Slots slots(String intent, JsonNode node, String path, List<String> errors) {
        if (node == null || node.isNull()) return Slots.NONE;
        if (!node.isObject()) {
            errors.add(path + ": must be an object of slot values");
            return Slots.NONE;
        }
        Set<String> allowed = SlotNames.of(intent);
        SlotReader reader = new SlotReader(catalog, errors);
        Map<String, Object> values = new LinkedHashMap<>();
        for (var e : node.properties()) {
            String name = e.getKey();
            if (e.getValue().isNull()) continue;
            if (!allowed.contains(name)) {
                errors.add(path + "." + name + ": intent " + intent + " takes no slot " + name
                        + (allowed.isEmpty() ? " (it takes none)" : " (it takes " + allowed.stream().sorted().toList() + ")"));
                continue;
            }
            reader.read(name, e.getValue(), path + "." + name).ifPresent(v -> values.put(name, v));
        }
        return Slots.of(values);
    }

    private static double confidence(JsonNode node, String path, List<String> errors) {
        if (node == null || node.isNull()) return UNSTATED_CONFIDENCE;
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            errors.add(path + ": must be a number from 0 to 1");
            return 0;
        }
        return node.doubleValue();
    }
}
