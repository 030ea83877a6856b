package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.ArrayList;
import java.util.List;

/** A sentence of an article that can stand alone in an answer, with its place in the article. */
record AnswerSentence(String articleId, String title, int passage, int index, String section, String text) {

    private static final int MIN_CHINESE_CHARS = 6;
    private static final int MIN_ENGLISH_WORDS = 4;

    /**
     * The sentence under its article title and section heading, which say what it is about ("创意类型与素材规格 视频创意：
     * 时长 5–60 秒"): scored alone, sentences that merely repeat the question's words win over ones that answer it.
     */
    String inContext() {
        return title + " " + (section.isEmpty() ? text : section + "：" + text);
    }

    /**
     * The passage's sentences that make sense alone: no lead-ins ending in a colon, no questions (example prompts
     * such as "计划 c-1001 为什么花不出去？" repeat the question rather than answer it), none too short.
     */
    static List<AnswerSentence> of(Passage passage) {
        Language language = passage.language();
        String title = language == Language.ZH ? passage.title() : passage.titleEn();
        List<AnswerSentence> out = new ArrayList<>();
        for (String line : passage.text().split("\n")) {
            for (String s : Sentences.split(line, language)) {
                if (!standsAlone(s, language)) continue;
                out.add(new AnswerSentence(passage.articleId(), title, passage.position(), out.size(),
                        passage.section(), finished(s, language)));
            }
        }
        return out;
    }

    private static boolean standsAlone(String s, Language language) {
        if (s.endsWith("：") || s.endsWith(":") || s.matches(".*[？?][”」』）)\"]?$")) return false;
        return language == Language.ZH ? s.length() >= MIN_CHINESE_CHARS
                : s.split("\\s+").length >= MIN_ENGLISH_WORDS;
    }

    /** The sentence with a full stop: list items often end in a semicolon or nothing. */
    private static String finished(String s, Language language) {
        String t = s.replaceAll("[；;，,、]$", "");
        if (language == Language.ZH) return t.matches(".*[。！？!?][”」』）)\"]?$") ? t : t + "。";
        return t.matches(".*[.!?][\"')]?$") ? t : t + ".";
    }
}
