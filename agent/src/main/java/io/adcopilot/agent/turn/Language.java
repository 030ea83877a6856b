package io.adcopilot.agent.turn;

/** The language to answer in: the one the user wrote in (Chinese if the text has Chinese characters). */
public enum Language {
    ZH, EN;

    public static Language of(String text) {
        return text != null && text.codePoints().anyMatch(Character::isIdeographic) ? ZH : EN;
    }

    /** The Chinese or the English text, whichever this language is. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
