package io.adcopilot.agent.nlu.text;

import java.util.List;

/** An utterance with the characters of blocked spans (entity names, spans other extractors took) blanked out. */
public final class BlockedText {

    /** Stands in for a blocked character: not a letter, digit or word of any pattern, and offsets stay the same. */
    public static final char BLANK = '\uFFFC';

    private BlockedText() {}

    public static String mask(String text, List<TextSpan> blocked) {
        if (blocked.isEmpty()) return text;
        char[] chars = text.toCharArray();
        for (TextSpan span : blocked) {
            for (int i = span.start(); i < Math.min(span.end(), chars.length); i++) chars[i] = BLANK;
        }
        return new String(chars);
    }
}
