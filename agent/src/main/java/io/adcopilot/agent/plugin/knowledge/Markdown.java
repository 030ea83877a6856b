package io.adcopilot.agent.plugin.knowledge;

import java.util.regex.Pattern;

/** Plain text out of one line of Markdown: no emphasis, quote or list markers. */
final class Markdown {

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|`|_{2,}");

    private Markdown() {}

    static boolean isListItem(String line) {
        return LIST_MARKER.matcher(line).find();
    }

    static String plain(String line) {
        String s = line.strip();
        if (s.startsWith(">")) s = s.substring(1).strip();
        s = LIST_MARKER.matcher(s).replaceFirst("");
        return EMPHASIS.matcher(s).replaceAll("").strip();
    }
}
