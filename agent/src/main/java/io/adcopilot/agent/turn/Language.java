package io.adcopilot.agent.turn;

/** The language to answer in: the one the user wrote in (Chinese if the text has Chinese characters). */
public enum Language {
    ZH, EN;

    public static Language of(String text) {
        return text != null && text.codePoints().anyMatch(Character::isIdeographic) ? ZH : EN;
    }

    /**
     * The language of a reply in a conversation: a text that says little in any language (a token, a number,
     * "ok", "2") keeps the language the user wrote in before.
     */
    public static Language of(String text, String earlierUserText) {
        if (earlierUserText == null || of(text) == ZH) return of(text);
        String words = text.replaceAll("\\bct_\\S+|[\\d\\p{Punct}\\s¥]+", " ").strip();
        return words.length() <= 3 ? of(earlierUserText) : EN;
    }

    /** The Chinese or the English text, whichever this language is. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
