package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts an article into passages: a Chinese header (title and tags) and an English one (English title and tags), each
 * section of the Chinese body (the text under one heading, one plain-text line per paragraph, list item or table
 * row), and the English summary.
 */
final class Passages {

    private Passages() {}

    static List<Passage> of(Article article) {
        var out = new Builder(article);
        List<String> englishTags = article.tags().stream().filter(t -> Language.of(t) == Language.EN).toList();
        out.add(Passage.Kind.HEADER, Language.ZH, "", article.title() + "\n" + String.join(", ", article.tags()));
        out.add(Passage.Kind.HEADER, Language.EN, "", article.titleEn() + "\n" + String.join(", ", englishTags));
        body(article.body(), out);
        out.add(Passage.Kind.SUMMARY, Language.EN, "", article.summary());
        return out.passages;
    }

    private static void body(String body, Builder out) {
        String section = "";
        List<String> lines = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<String> tableHeader = null;
        for (String line : body.split("\n")) {
            String s = line.strip();
            boolean tableRow = s.startsWith("|");
            boolean listItem = Markdown.isListItem(s);
            if (s.isEmpty() || s.startsWith("#") || listItem || tableRow) flush(paragraph, lines);
            if (!tableRow) tableHeader = null;
            if (s.startsWith("#")) {
                if (!lines.isEmpty()) out.add(Passage.Kind.BODY, Language.ZH, section, String.join("\n", lines));
                lines.clear();
                if (!s.startsWith("# ")) section = Markdown.plain(s.replaceFirst("^#+", ""));
            } else if (tableRow) {
                List<String> cells = cells(s);
                if (tableHeader == null) tableHeader = cells;
                else if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) lines.add(row(tableHeader, cells));
            } else if (listItem) {
                lines.add(Markdown.plain(s));
            } else if (!s.isEmpty()) {
                paragraph.append(Markdown.plain(s));
            }
        }
        flush(paragraph, lines);
        if (!lines.isEmpty()) out.add(Passage.Kind.BODY, Language.ZH, section, String.join("\n", lines));
    }

    private static void flush(StringBuilder paragraph, List<String> lines) {
        if (paragraph.isEmpty()) return;
        lines.add(paragraph.toString());
        paragraph.setLength(0);
    }

    private static List<String> cells(String row) {
        String inner = row.replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Arrays.stream(inner.split("\\|")).map(Markdown::plain).toList();
    }

    /**
     * A table row as a line that keeps what each cell means: "只读分析（能做什么：查看报表和投放设置；不能做什么：任何修改操作）。"
     */
    private static String row(List<String> header, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) continue;
            parts.add(i < header.size() && !header.get(i).isEmpty() ? header.get(i) + "：" + cells.get(i) : cells.get(i));
        }
        return cells.get(0) + "（" + String.join("；", parts) + "）。";
    }

    private static final class Builder {
        final Article article;
        final List<Passage> passages = new ArrayList<>();

        Builder(Article article) {
            this.article = article;
        }

        void add(Passage.Kind kind, Language language, String section, String text) {
            passages.add(new Passage(article.id(), article.title(), article.titleEn(), kind, language,
                    passages.size(), section, text));
        }
    }
}
