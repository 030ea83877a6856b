package io.adcopilot.agent.plugin.knowledge;

/** The language of a question or a passage: Chinese when the text has any CJK ideograph, else English. */
public enum Language {
    ZH, EN;

    public static Language of(String text) {
        return text.codePoints().anyMatch(Character::isIdeographic) ? ZH : EN;
    }
}
