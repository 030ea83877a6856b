package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.trace.Span;
import io.adcopilot.core.trace.SpanKind;
import java.util.List;
import java.util.Set;

/**
 * Questions about the platform's rules, concepts and how-tos, answered from the help center with the articles
 * cited; an honest "not found" when nothing there is relevant. The retrieval is a span of the turn.
 */
public final class KnowledgePlugin implements Plugin {

    private final KnowledgeAnswerer answerer;

    public KnowledgePlugin(KnowledgeBase knowledge) {
        this.answerer = new KnowledgeAnswerer(knowledge);
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(new IntentSpec("knowledge_qa", "How-to, policy and concept questions about advertising on the platform.",
                BuiltInExamples.all().stream().filter(i -> i.intent().equals("knowledge_qa")).toList(), Set.of()));
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        Answer answer;
        try (Span span = ctx.tools().span().child("retrieval help center", SpanKind.RETRIEVAL)) {
            answer = answerer.answer(text);
            span.set("retrieval.query", text).set("retrieval.answered", answer.answered())
                    .set("retrieval.relevance", Math.round(answer.relevance() * 1000) / 1000.0)
                    .set("retrieval.documents", answer.citations().stream().map(Citation::articleId).toList().toString());
        }
        List<io.adcopilot.agent.turn.Answer.Citation> citations = answer.citations().stream()
                .map(c -> new io.adcopilot.agent.turn.Answer.Citation(c.articleId(), c.title())).toList();
        var said = new io.adcopilot.agent.turn.Answer(answer.text(), null, null, citations);
        return new StepOutcome.Answered(said, List.of(Json.MAPPER.valueToTree(answer)), List.of());
    }
}
