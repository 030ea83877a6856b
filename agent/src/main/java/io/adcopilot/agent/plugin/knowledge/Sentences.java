package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits passage text into sentences: after 。！？ in Chinese, after . ! ? and a capital or digit in English. */
final class Sentences {

    private static final Pattern CHINESE_END = Pattern.compile("[。！？!?][”」』）)\"]?");
    private static final Pattern ENGLISH_END = Pattern.compile("[.!?][\"')]?\\s+(?=[A-Z0-9\"(])");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "vs.", "no.", "approx.");

    private Sentences() {}

    static List<String> split(String text, Language language) {
        List<String> out = new ArrayList<>();
        Matcher m = (language == Language.ZH ? CHINESE_END : ENGLISH_END).matcher(text);
        int start = 0;
        while (m.find()) {
            if (language == Language.EN && abbreviation(text, m.start())) continue;
            add(out, text.substring(start, m.end()));
            start = m.end();
        }
        add(out, text.substring(start));
        return out;
    }

    /** Whether the word ending at the period is an abbreviation such as "e.g.". */
    private static boolean abbreviation(String text, int period) {
        int from = text.lastIndexOf(' ', period) + 1;
        String word = text.substring(from, period + 1).toLowerCase();
        return ABBREVIATIONS.contains(word.replaceAll("^[(\"']", ""));
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) out.add(s);
    }
}
