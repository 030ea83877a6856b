package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
/** A short excerpt of a passage for search results: whole sentences up to a length, or a cut with an ellipsis. */
final class Snippets {

    static final int CHINESE_CHARS = 120;
    static final int ENGLISH_CHARS = 240;

    private Snippets() {}

    static String of(Passage passage) {
        Language language = passage.language();
        int max = language == Language.ZH ? CHINESE_CHARS : ENGLISH_CHARS;
        StringBuilder out = new StringBuilder();
        for (String line : passage.text().split("\n")) {
            for (String sentence : Sentences.split(line, language)) {
                String separator = out.isEmpty() || language == Language.ZH ? "" : " ";
                if (out.length() + separator.length() + sentence.length() > max) {
                    return out.isEmpty() ? sentence.substring(0, max - 1) + "…" : out.toString();
                }
                out.append(separator).append(sentence);
            }
        }
        return out.toString();
    }
}
