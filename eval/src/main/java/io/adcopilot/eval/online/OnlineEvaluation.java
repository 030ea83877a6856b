package io.adcopilot.eval.online;

import io.adcopilot.eval.trace.TraceStore;
import io.adcopilot.eval.trace.TraceSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Online evaluation of completed turns: every turn goes through the label-free evaluators (their flags are kept
 * and put the turn in the annotation queue), and the sampling rules choose the turns whose labels measure online
 * accuracy. Turns resolved by the dialogue itself (a confirmation, a chosen option) are not NLU predictions and are
 * not sampled.
 */
public final class OnlineEvaluation {

    private final TraceStore traces;
    private final AnnotationStore annotations;
    private final List<SamplingRule> rules;

    public OnlineEvaluation(TraceStore traces, AnnotationStore annotations, List<SamplingRule> rules) {
        this.traces = traces;
        this.annotations = annotations;
        this.rules = new CopyOnWriteArrayList<>(rules);
    }

    /** The default: one turn in ten, of any intent and engine. */
    public static List<SamplingRule> defaultRules() {
        return List.of(new SamplingRule("one in ten", 0.1, java.util.Set.of(), java.util.Set.of(), 0, 1));
    }

    public List<SamplingRule> rules() {
        return List.copyOf(rules);
    }

    public void replaceRules(List<SamplingRule> replacement) {
        rules.clear();
        rules.addAll(replacement);
    }

    /** Evaluates turns whose traces have just been written. */
    public void completed(List<String> traceIds) {
        for (String id : traceIds) {
            Optional<TraceSummary> turn = traces.summary(id);
            if (turn.isEmpty()) continue;
            TraceSummary t = turn.get();
            List<Flag> flags = TurnEvaluators.evaluate(t, traces.spans(id), traces.previous(t));
            flags.forEach(f -> annotations.flag(id, f));
            if ("dialogue".equals(t.engine())) continue;
            Optional<SamplingRule> rule = rules.stream().filter(r -> r.matches(t)).findFirst();
            if (rule.isPresent()) annotations.enqueue(id, true, "sampled: " + rule.get().name());
            else if (!flags.isEmpty()) annotations.enqueue(id, false, "flagged: " + flags.get(0).evaluator());
        }
    }

    /** Negative feedback flags the turn and queues it for a look. */
    public void feedback(Feedback f) {
        if (f.score() >= 0) return;
        annotations.flag(f.traceId(), new Flag(Flag.NEGATIVE_FEEDBACK, f.comment() == null ? "thumbs down" : f.comment()));
        annotations.enqueue(f.traceId(), false, "flagged: " + Flag.NEGATIVE_FEEDBACK);
    }
}
