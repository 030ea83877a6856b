package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
/**
 * A retrievable piece of an article: a section of the Chinese body (one line per paragraph, list item or table row),
 * the English summary, or a header (title and tags) in either language. {@code position} orders an article's
 * passages.
 */
public record Passage(String articleId, String title, String titleEn, Kind kind, Language language, int position,
                      String section, String text) {

    public enum Kind { HEADER, BODY, SUMMARY }

    /**
     * How much of a body passage is embedded. Embedding time grows with length (about 2 ms plus 0.08 ms a Chinese
     * character on this machine) and the start of a section under its title carries its topic: embedding whole
     * sections took twice as long at start-up for no better recall.
     */
    static final int EMBEDDED_CHARS = 64;

    /** What BM25 indexes: the text under the article title and section it sits in, for context. */
    String indexText() {
        if (kind == Kind.HEADER) return text;
        String heading = kind == Kind.SUMMARY ? titleEn : section.isEmpty() ? title : title + " " + section;
        return heading + "\n" + text;
    }

    /** What gets embedded: the start of {@link #indexText()} for body passages, all of it otherwise. */
    String embeddingText() {
        String text = indexText();
        return kind == Kind.BODY && text.length() > EMBEDDED_CHARS ? text.substring(0, EMBEDDED_CHARS) : text;
    }
}
