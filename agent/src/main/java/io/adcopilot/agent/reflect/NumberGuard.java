package io.adcopilot.agent.reflect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks, before an answer leaves, that every number in it comes from this turn's tool results (as given, rounded,
 * or as a percentage of a fraction, or said in a text a tool returned such as an error message) or from what the
 * user said. Dates, entity ids and numbers inside names the
 * tools returned are not counted. Sentences with a number that has no source are removed and the removal is said.
 */
public final class NumberGuard {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[+-]?\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NOT_COUNTED = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+Z?)?|\\b(?:c|g|cr|adv)-\\d+\\b|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}:\\d{2}");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；;!?\\n]+(?:[。！？；;!?\\n]|$)");

    /** The checked text, and the numbers that had no source (empty when the answer was clean). */
    public record Checked(String text, List<String> ungrounded) {}

    private NumberGuard() {}

    public static Checked check(String answer, List<JsonNode> evidence, String userText, String removedNote) {
        Set<BigDecimal> allowed = new HashSet<>();
        Set<String> allowedText = new HashSet<>();
        evidence.forEach(e -> collect(e, allowed, allowedText));
        numbers(userText).forEach(n -> allowed.add(n.stripTrailingZeros()));
        List<String> ungrounded = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        Matcher sentences = SENTENCE.matcher(answer);
        while (sentences.find()) {
            String sentence = sentences.group();
            List<String> bad = ungroundedIn(sentence, allowed, allowedText);
            if (bad.isEmpty()) kept.append(sentence);
            else ungrounded.addAll(bad);
        }
        if (ungrounded.isEmpty()) return new Checked(answer, List.of());
        return new Checked(kept.toString().strip() + (kept.length() == 0 ? "" : " ") + removedNote, ungrounded);
    }

    private static List<String> ungroundedIn(String sentence, Set<BigDecimal> allowed, Set<String> allowedText) {
        String cleaned = NOT_COUNTED.matcher(sentence).replaceAll(" ");
        for (String s : allowedText) if (s.length() >= 2 && cleaned.contains(s)) cleaned = cleaned.replace(s, " ");
        List<String> bad = new ArrayList<>();
        Matcher m = NUMBER.matcher(cleaned);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group().replace(",", "").replace("+", "")).abs().stripTrailingZeros();
            if (!allowed.contains(n)) bad.add(m.group());
        }
        return bad;
    }

    private static void collect(JsonNode node, Set<BigDecimal> numbers, Set<String> texts) {
        if (node == null) return;
        if (node.isNumber()) {
            BigDecimal v = node.decimalValue().abs();
            for (BigDecimal form : List.of(v, v.movePointRight(2))) {
                numbers.add(form.stripTrailingZeros());
                for (int scale = 0; scale <= 2; scale++) numbers.add(form.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        } else if (node.isString()) {
            String s = node.asString();
            if (s.chars().anyMatch(Character::isDigit)) {
                texts.add(s);
                numbers(s).forEach(n -> numbers.add(n.stripTrailingZeros()));
            }
        } else if (node.isContainer()) {
            for (JsonNode child : node) collect(child, numbers, texts);
        }
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(new BigDecimal(m.group().replace(",", "").replace("+", "")).abs());
        return out;
    }
}
