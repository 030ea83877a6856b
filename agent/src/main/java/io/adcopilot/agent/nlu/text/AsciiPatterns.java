package io.adcopilot.agent.nlu.text;

import java.util.regex.Pattern;

/**
 * Compiles case-insensitive patterns with ASCII word edges: {@code \<} starts an English word and {@code \>} ends
 * one, so an English word next to a Chinese character ("上周vs本周") still stands alone, the same on every JDK
 * (before JDK 19 {@code \b} counted CJK characters as letters). One-sided edges are also several times faster than
 * a two-sided {@code \b} emulation. A part that must keep its case says {@code (?-i:…)}.
 */
public final class AsciiPatterns {

    private static final String WORD_START = "(?<![A-Za-z0-9_])";
    private static final String WORD_END = "(?![A-Za-z0-9_])";

    private AsciiPatterns() {}

    public static Pattern compile(String regex) {
        if (regex.contains("\\b")) throw new IllegalArgumentException("use \\< and \\> for word edges: " + regex);
        return Pattern.compile(regex.replace("\\<", WORD_START).replace("\\>", WORD_END), Pattern.CASE_INSENSITIVE);
    }
}
