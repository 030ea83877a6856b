package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A question from {@code knowledge/*.jsonl} under test resources, with the articles that answer it (none if out of scope). */
record LabelledQuestion(String question, List<String> articles) {

    LabelledQuestion {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    Language language() {
        return Language.of(question);
    }

    static List<LabelledQuestion> inScope() {
        return read("questions.jsonl");
    }

    static List<LabelledQuestion> outOfScope() {
        return read("out-of-scope.jsonl");
    }

    private static List<LabelledQuestion> read(String name) {
        try (InputStream in = LabelledQuestion.class.getClassLoader().getResourceAsStream("knowledge/" + name)) {
            if (in == null) throw new IllegalStateException("no test resource knowledge/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> Json.MAPPER.readValue(l, LabelledQuestion.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
