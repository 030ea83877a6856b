package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.List;

/**
 * The answer to a help question, in the question's language: sentences taken from the cited articles, or, when
 * nothing in the help center is relevant enough ({@code answered} false), an honest note with no citations.
 * {@code relevance} is the cosine similarity between the question and the closest passage of the best article.
 */
public record Answer(boolean answered, String text, Language language, List<Citation> citations, double relevance) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
