package io.adcopilot.agent.plugin.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lexical terms of mixed Chinese and English text: overlapping character bigrams of each run of Chinese (a lone
 * character stands for itself) and lower-cased English words and numbers, without stop words and a plural s.
 */
final class Terms {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "by", "with", "from", "is", "are", "was", "be", "been", "it", "its", "this", "that", "my", "our",
            "your", "i", "we", "you", "me", "do", "does", "did", "can", "could", "should", "would", "will", "how",
            "what", "which", "why", "when", "where", "who", "there", "any", "some", "so", "if", "as", "than", "then",
            "up", "one", "get", "s", "t", "about", "into", "not", "no", "isn", "doesn", "don");

    private Terms() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            if (Character.isIdeographic(cps[i])) {
                while (j < cps.length && Character.isIdeographic(cps[j])) j++;
                if (j - i == 1) out.add(new String(cps, i, 1));
                for (int p = i; p + 1 < j; p++) out.add(new String(cps, p, 2));
            } else if (Character.isLetterOrDigit(cps[i])) {
                while (j < cps.length && Character.isLetterOrDigit(cps[j]) && !Character.isIdeographic(cps[j])) j++;
                String word = new String(cps, i, j - i);
                if (!STOP_WORDS.contains(word)) out.add(stem(word));
            } else {
                j++;
            }
            i = j;
        }
        return out;
    }

    /** A light suffix stripper: rejected, rejection, rejects → reject; scaling, scale → scal; running → run. */
    static String stem(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter)) return word;
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) w = w.substring(0, w.length() - 3) + "y";
        else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.substring(0, w.length() - 1);
        for (String suffix : new String[] {"ing", "ion", "ed", "er", "ly", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
