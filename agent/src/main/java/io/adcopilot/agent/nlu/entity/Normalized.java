package io.adcopilot.agent.nlu.entity;

import io.adcopilot.agent.nlu.text.TextSpan;
import java.util.Map;

/**
 * Text for name matching: lower case, half-width, without separators (spaces, hyphens, dots, quotes), with
 * 十一/十二 written as 11/12 — and, for each character kept, the original characters it came from.
 */
record Normalized(String text, int[] from, int[] to) {

    private static final String SEPARATORS = " \t-_–—·・/、,，.。'\"“”‘’「」『』()（）[]【】:：";
    private static final Map<String, String> REWRITES = Map.of("十一", "11", "十二", "12");

    static Normalized of(String original) {
        StringBuilder out = new StringBuilder();
        int[] from = new int[original.length() + 1];
        int[] to = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            String rewrite = null;
            for (var r : REWRITES.entrySet()) {
                if (original.startsWith(r.getKey(), i)) rewrite = r.getKey();
            }
            if (rewrite != null) {
                for (char c : REWRITES.get(rewrite).toCharArray()) {
                    from[out.length()] = i;
                    to[out.length()] = i + rewrite.length();
                    out.append(c);
                }
                i += rewrite.length();
                continue;
            }
            char c = original.charAt(i);
            if (c >= '！' && c <= '～') c = (char) (c - 0xFEE0);
            if (SEPARATORS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                from[out.length()] = i;
                to[out.length()] = i + 1;
                out.append(Character.toLowerCase(c));
            }
            i++;
        }
        return new Normalized(out.toString(), from, to);
    }

    /** The original characters behind normalized characters [start, end). */
    TextSpan originalSpan(int start, int end) {
        return new TextSpan(from[start], to[end - 1]);
    }
}
