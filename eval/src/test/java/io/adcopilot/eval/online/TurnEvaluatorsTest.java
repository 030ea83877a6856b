package io.adcopilot.eval.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.eval.trace.TraceSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TurnEvaluatorsTest {

    private static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

    private static TraceSummary turn(String id, Instant at, String text, String intent, double confidence, String engine,
                                     String outcome) {
        return new TraceSummary(id, at, 40, "s1", "adv-1001", text, intent, "{}", confidence, engine, outcome, "ok", null);
    }

    private static List<String> evaluators(List<Flag> flags) {
        return flags.stream().map(Flag::evaluator).toList();
    }

    @Test
    void lowConfidenceAndToolErrorsAreFlagged() {
        var spans = List.of(new SpanRecord("t", "a", "r", "tool queryReport", SpanKind.TOOL, T, T, "error", "timeout",
                Map.of("error.type", "platform_unavailable")));
        var flags = TurnEvaluators.evaluate(turn("t", T, "花了多少", "query_metrics", 0.41, "embedded", "failed"), spans,
                Optional.empty());
        assertThat(evaluators(flags)).containsExactly(Flag.LOW_CONFIDENCE, Flag.TOOL_ERROR);
        assertThat(flags.get(1).detail()).contains("platform_unavailable");
    }

    @Test
    void aRephrasedRequestSoonAfterIsFlaggedButNotAnAnswerToAQuestion() {
        var before = turn("a", T, "双十一大促昨天花了多少钱", "query_metrics", 0.9, "embedded", "answered");
        var again = turn("b", T.plusSeconds(30), "双十一大促昨天一共花了多少钱", "query_metrics", 0.9, "embedded", "answered");
        assertThat(evaluators(TurnEvaluators.evaluate(again, List.of(), Optional.of(before)))).containsExactly(Flag.REPHRASE);

        var later = turn("c", T.plusSeconds(3600), again.text(), "query_metrics", 0.9, "embedded", "answered");
        assertThat(TurnEvaluators.evaluate(later, List.of(), Optional.of(before))).isEmpty();

        var asked = turn("d", T, "双十一大促昨天花了多少钱", "query_metrics", 0.9, "embedded", "clarification");
        var chose = turn("e", T.plusSeconds(10), "双十一大促-拉新", "query_metrics", 1.0, "dialogue", "answered");
        assertThat(TurnEvaluators.evaluate(chose, List.of(), Optional.of(asked))).isEmpty();
    }

    @Test
    void aQuestionAskedTwiceInARowIsAClarificationLoop() {
        var first = turn("a", T, "改一下预算", "update_budget", 0.9, "embedded", "clarification");
        var second = turn("b", T.plusSeconds(20), "那个计划", "update_budget", 0.7, "embedded", "clarification");
        assertThat(evaluators(TurnEvaluators.evaluate(second, List.of(), Optional.of(first)))).contains(Flag.CLARIFICATION_LOOP);
    }

    @Test
    void samplingIsStableAndFollowsItsRate() {
        var rule = new SamplingRule("a tenth", 0.1, Set.of(), Set.of(), 0, 1);
        int sampled = 0;
        for (int i = 0; i < 10_000; i++) {
            var t = turn(String.format("%032x", i * 7919L), T, "x", "query_metrics", 0.9, "embedded", "answered");
            if (rule.matches(t)) sampled++;
            assertThat(rule.matches(t)).isEqualTo(rule.matches(t));
        }
        assertThat(sampled).isBetween(900, 1100);
        var onlyLow = new SamplingRule("unsure", 1, Set.of("update_budget"), Set.of(), 0, 0.8);
        assertThat(onlyLow.matches(turn("x", T, "x", "update_budget", 0.5, "embedded", "answered"))).isTrue();
        assertThat(onlyLow.matches(turn("x", T, "x", "update_budget", 0.95, "embedded", "answered"))).isFalse();
        assertThat(onlyLow.matches(turn("x", T, "x", "query_metrics", 0.5, "embedded", "answered"))).isFalse();
    }
}
