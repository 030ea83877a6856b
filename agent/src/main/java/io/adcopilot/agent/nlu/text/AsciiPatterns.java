package io.adcopilot.agent.nlu.text;

import java.util.regex.Pattern;

/**
 * Compiles patterns in which {@code \b} is a boundary of ASCII words, so an English word next to a Chinese character
 * ("上周vs本周") still stands alone, the same on every JDK (before JDK 19 {@code \b} counted CJK characters as
 * letters).
 */
public final class AsciiPatterns {

    private static final String ASCII_BOUNDARY =
            "(?:(?<![A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<=[A-Za-z0-9_])(?![A-Za-z0-9_]))";

    private AsciiPatterns() {}

    /** Case-insensitive for English words; a part that must keep its case says {@code (?-i)}. */
    public static Pattern compile(String regex) {
        return Pattern.compile(regex.replace("\\b", ASCII_BOUNDARY), Pattern.CASE_INSENSITIVE);
    }
}
