package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.bio.BioSentence;
import io.adcopilot.agent.nlu.bio.Span;
import io.adcopilot.agent.nlu.bio.Spans;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.bio.tagger.SequenceTagger;
import io.adcopilot.agent.nlu.bio.tagger.TaggerOptions;
import io.adcopilot.agent.nlu.slot.SlotNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slots no parser knows (a plugin's free-form slots, such as the thing to remember), learned from the plugins'
 * examples by the BIO sequence tagger: each example's slot value is located in its text and tagged, tokens being
 * Chinese characters and English words.
 */
final class FreeFormSlots {

    private record Token(String text, int start, int end) {}

    private final SequenceTagger tagger;
    private final Set<String> slots;

    private FreeFormSlots(SequenceTagger tagger, Set<String> slots) {
        this.tagger = tagger;
        this.slots = slots;
    }

    /** A tagger for the examples' slots that are not the ad domain's; empty when there are none. */
    static Optional<FreeFormSlots> train(List<DatasetItem> examples, Map<String, Set<String>> slotsByIntent) {
        Set<String> free = new java.util.TreeSet<>();
        slotsByIntent.values().forEach(s -> s.stream().filter(name -> !SlotNames.BY_INTENT.values().stream()
                .anyMatch(known -> known.contains(name))).forEach(free::add));
        if (free.isEmpty()) return Optional.empty();
        List<BioSentence> training = new ArrayList<>();
        for (DatasetItem item : examples) {
            Set<String> ofIntent = slotsByIntent.getOrDefault(item.intent(), Set.of());
            if (ofIntent.stream().noneMatch(free::contains)) continue;
            List<Token> tokens = tokens(item.text());
            List<String> tags = new ArrayList<>(java.util.Collections.nCopies(tokens.size(), "O"));
            for (String slot : free) {
                item.slots().text(slot).ifPresent(value -> {
                    int at = item.text().indexOf(value);
                    if (at < 0) return;
                    boolean first = true;
                    for (int i = 0; i < tokens.size(); i++) {
                        if (tokens.get(i).start() >= at && tokens.get(i).end() <= at + value.length()) {
                            tags.set(i, (first ? "B-" : "I-") + slot);
                            first = false;
                        }
                    }
                });
            }
            training.add(new BioSentence(tokens.stream().map(Token::text).toList(), tags, item.intent()));
        }
        if (training.isEmpty()) return Optional.empty();
        return Optional.of(new FreeFormSlots(SequenceTagger.train(training, TaggerOptions.defaults().withEnsembleSize(1)),
                free));
    }

    boolean knows(String slot) {
        return slots.contains(slot);
    }

    /** The free-form slots said in the text, as the substrings the tagger marks. */
    Map<String, String> extract(String text, Set<String> wanted) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) return Map.of();
        List<String> tags = tagger.tag(tokens.stream().map(Token::text).toList());
        Map<String, String> out = new LinkedHashMap<>();
        for (Span span : Spans.of(tags)) {
            if (!wanted.contains(span.type()) || out.containsKey(span.type())) continue;
            out.put(span.type(), text.substring(tokens.get(span.start()).start(), tokens.get(span.end() - 1).end()).trim());
        }
        return out;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                i += width;
            } else if (cp < 128 && Character.isLetterOrDigit(cp)) {
                int j = i;
                while (j < text.length() && text.charAt(j) < 128 && Character.isLetterOrDigit(text.charAt(j))) j++;
                out.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else {
                out.add(new Token(text.substring(i, i + width), i, i + width));
                i += width;
            }
        }
        return out;
    }
}
