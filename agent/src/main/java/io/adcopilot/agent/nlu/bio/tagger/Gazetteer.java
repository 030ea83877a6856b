package io.adcopilot.agent.nlu.bio.tagger;

import io.adcopilot.agent.nlu.bio.Span;
import io.adcopilot.agent.nlu.bio.Spans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Phrases seen as slot values in training, by slot type, found again in new utterances. A phrase is kept for a
 * type only when at least {@code minPrecision} of its occurrences in the training text were tagged as that type,
 * so that common words tagged once do not flood the matches.
 */
final class Gazetteer {

    /** A phrase of the gazetteer found in an utterance: tokens [start, end) of one slot type. */
    record Match(int start, int end, String type) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final TreeSet<String> types = new TreeSet<>();
    }

    private final Node root = new Node();
    private final int maxLength;

    private Gazetteer(int maxLength) {
        this.maxLength = maxLength;
    }

    static Gazetteer build(List<List<String>> tokens, List<List<String>> tags, double minPrecision) {
        Map<List<String>, Map<String, Integer>> typeCounts = new HashMap<>();
        List<List<String>> phrasesInOrder = new ArrayList<>();
        int longest = 0;
        for (int s = 0; s < tokens.size(); s++) {
            List<String> words = lower(tokens.get(s));
            for (Span span : sortedSpans(tags.get(s))) {
                if (span.type().isEmpty()) continue;
                List<String> phrase = List.copyOf(words.subList(span.start(), span.end()));
                if (!typeCounts.containsKey(phrase)) phrasesInOrder.add(phrase);
                typeCounts.computeIfAbsent(phrase, p -> new HashMap<>()).merge(span.type(), 1, Integer::sum);
                longest = Math.max(longest, phrase.size());
            }
        }
        Gazetteer candidates = new Gazetteer(longest);
        for (List<String> phrase : phrasesInOrder) candidates.add(phrase, "*");
        Map<List<String>, Integer> occurrences = new HashMap<>();
        for (List<String> sentence : tokens) {
            List<String> words = lower(sentence);
            for (Match match : candidates.matchLowered(words)) {
                occurrences.merge(words.subList(match.start(), match.end()), 1, Integer::sum);
            }
        }
        Gazetteer gazetteer = new Gazetteer(longest);
        for (List<String> phrase : phrasesInOrder) {
            int seen = occurrences.getOrDefault(phrase, 1);
            typeCounts.get(phrase).forEach((type, count) -> {
                if (count >= minPrecision * seen) gazetteer.add(phrase, type);
            });
        }
        return gazetteer;
    }

    /** Every phrase of the gazetteer found in the utterance, overlapping ones included. */
    List<Match> match(List<String> tokens) {
        return matchLowered(lower(tokens));
    }

    private List<Match> matchLowered(List<String> words) {
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            Node node = root;
            for (int end = start + 1; end <= Math.min(words.size(), start + maxLength); end++) {
                node = node.children.get(words.get(end - 1));
                if (node == null) break;
                for (String type : node.types) matches.add(new Match(start, end, type));
            }
        }
        return matches;
    }

    private void add(List<String> phrase, String type) {
        Node node = root;
        for (String word : phrase) node = node.children.computeIfAbsent(word, w -> new Node());
        node.types.add(type);
    }

    private static List<Span> sortedSpans(List<String> tags) {
        List<Span> spans = new ArrayList<>(Spans.of(tags));
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return spans;
    }

    static List<String> lower(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (String token : tokens) words.add(token.toLowerCase(Locale.ROOT));
        return words;
    }
}
