package io.adcopilot.agent.nlu.lexicon;

import io.adcopilot.agent.nlu.text.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Phrases that stand for slot values (metric synonyms, dimensions, regions, devices, statuses …), read from a
 * tab-separated resource: {@code slot, value, phrase|phrase|…}. Matching is case-insensitive, longest phrase first,
 * without overlaps; ASCII phrases only match whole words.
 */
public final class Lexicon {

    private record Entry(String slot, String value, String phrase, boolean ascii) {}

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed()).toList();
    }

    /** The built-in ad-domain lexicon. */
    public static Lexicon adDomain() {
        return fromResource("/nlu/lexicon.tsv");
    }

    public static Lexicon fromResource(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            List<Entry> entries = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 3) throw new IllegalStateException(resource + ": bad line: " + line);
                for (String phrase : cols[2].split("\\|")) {
                    String p = phrase.trim().toLowerCase(Locale.ROOT);
                    if (!p.isEmpty()) entries.add(new Entry(cols[0], cols[1], p, p.chars().allMatch(c -> c < 128)));
                }
            }
            return new Lexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every phrase of {@code slots} in the text outside {@code blocked}, longest first; phrases of one slot do not
     * overlap ("转化成本" is cpa, not also conversions), phrases of different slots may ("哪些创意" is both a
     * breakdown by creative and the kind of entity listed).
     */
    public List<LexiconMatch> find(String text, List<TextSpan> blocked, java.util.Set<String> slots) {
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.Map<String, List<TextSpan>> taken = new java.util.HashMap<>();
        List<LexiconMatch> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!slots.contains(e.slot())) continue;
            List<TextSpan> ofSlot = taken.computeIfAbsent(e.slot(), k -> new ArrayList<>(blocked));
            for (int from = lower.indexOf(e.phrase()); from >= 0; from = lower.indexOf(e.phrase(), from + 1)) {
                TextSpan span = new TextSpan(from, from + e.phrase().length());
                if (e.ascii() && !wholeWord(lower, span)) continue;
                if (ofSlot.stream().anyMatch(span::overlaps)) continue;
                ofSlot.add(span);
                out.add(new LexiconMatch(e.slot(), e.value(), e.phrase(), span));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static boolean wholeWord(String text, TextSpan span) {
        return (span.start() == 0 || !isWordChar(text.charAt(span.start() - 1)))
                && (span.end() == text.length() || !isWordChar(text.charAt(span.end())));
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
