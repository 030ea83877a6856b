package io.adcopilot.eval.online;

import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.eval.trace.TraceSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluators that need no labels, run on every completed turn: low confidence, a clarification asked twice in a
 * row, a failed tool call, and the user saying nearly the same thing again soon after (a sign the first answer
 * missed). Negative feedback is flagged when it arrives.
 */
public final class TurnEvaluators {

    static final double LOW_CONFIDENCE = 0.6;
    static final double REPHRASE_SIMILARITY = 0.5;
    static final Duration REPHRASE_WITHIN = Duration.ofMinutes(5);

    private TurnEvaluators() {}

    public static List<Flag> evaluate(TraceSummary turn, List<SpanRecord> spans, Optional<TraceSummary> previous) {
        List<Flag> flags = new ArrayList<>();
        boolean understood = !"dialogue".equals(turn.engine());
        if (understood && turn.confidence() != null && turn.confidence() < LOW_CONFIDENCE) {
            flags.add(new Flag(Flag.LOW_CONFIDENCE, String.format("confidence %.2f for %s", turn.confidence(), turn.intent())));
        }
        for (SpanRecord s : spans) {
            if (s.kind() == SpanKind.TOOL && "error".equals(s.status())) {
                flags.add(new Flag(Flag.TOOL_ERROR, s.name() + ": " + s.attributes().getOrDefault("error.type", s.error())));
                break;
            }
        }
        if (previous.isPresent()) {
            TraceSummary before = previous.get();
            if ("clarification".equals(turn.outcome()) && "clarification".equals(before.outcome())) {
                flags.add(new Flag(Flag.CLARIFICATION_LOOP, "asked again after: " + before.text()));
            }
            boolean soon = Duration.between(before.startedAt(), turn.startedAt()).compareTo(REPHRASE_WITHIN) <= 0;
            if (understood && soon && !"clarification".equals(before.outcome()) && turn.text() != null
                    && before.text() != null && !turn.text().equals(before.text())
                    && similarity(turn.text(), before.text()) >= REPHRASE_SIMILARITY) {
                flags.add(new Flag(Flag.REPHRASE, "after: " + before.text()));
            }
        }
        return flags;
    }

    /** Jaccard similarity of the two texts' character bigrams (case and spaces ignored). */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    private static Set<String> bigrams(String text) {
        String t = text.toLowerCase().replaceAll("[\\s\\p{Punct}，。？！、]", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) out.add(t.substring(i, i + 2));
        return out;
    }
}
