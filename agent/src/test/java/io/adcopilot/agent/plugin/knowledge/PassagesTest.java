package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static final List<Article> ARTICLES = Articles.fromClasspath();

    private static Article article(String id) {
        return ARTICLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theClasspathHoldsEveryArticleOfTheIndex() {
        assertThat(ARTICLES).hasSize(51).extracting(Article::id).doesNotHaveDuplicates().isSorted();
        Article ocpm = article("kb-003-ocpm-explained");
        assertThat(ocpm.title()).isEqualTo("oCPM 是什么：两个阶段、目标转化成本与计费方式");
        assertThat(ocpm.titleEn()).isEqualTo("What is oCPM — two stages, target CPA and billing");
        assertThat(ocpm.tags()).contains("oCPM", "智能出价", "target CPA");
        assertThat(ocpm.body()).startsWith("# oCPM 是什么").doesNotContain("English summary");
        assertThat(ocpm.summary()).startsWith("oCPM (optimized CPM) is charged per impression");
    }

    @Test
    void anArticleBecomesHeadersSectionsAndItsSummary() {
        List<Passage> passages = Passages.of(article("kb-008-creative-review"));
        assertThat(passages.get(0)).extracting(Passage::kind, Passage::language)
                .containsExactly(Passage.Kind.HEADER, Language.ZH);
        assertThat(passages.get(0).text()).startsWith("创意审核规则与审核时长\n").contains("审核时间", "review time");
        assertThat(passages.get(1)).extracting(Passage::kind, Passage::language)
                .containsExactly(Passage.Kind.HEADER, Language.EN);
        assertThat(passages.get(1).text()).startsWith("Creative review rules").doesNotContainPattern("\\p{IsHan}");
        assertThat(passages.get(passages.size() - 1)).extracting(Passage::kind, Passage::language)
                .containsExactly(Passage.Kind.SUMMARY, Language.EN);
        assertThat(passages).extracting(Passage::position).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, passages.size()).boxed().toList());

        List<Passage> body = passages.stream().filter(p -> p.kind() == Passage.Kind.BODY).toList();
        assertThat(body).extracting(Passage::section)
                .containsExactly("", "审核状态", "审核一般要多久", "哪些操作会触发重新审核", "提高过审效率的建议");
        Passage howLong = body.get(2);
        assertThat(howLong.text().split("\n")).hasSize(4);
        assertThat(howLong.text()).startsWith("审核 7×24 小时进行，通常在 24 小时内完成").doesNotContain("**", "- ");
        assertThat(howLong.indexText()).startsWith("创意审核规则与审核时长 审核一般要多久\n");
        assertThat(howLong.embeddingText()).hasSize(Passage.EMBEDDED_CHARS).isEqualTo(
                howLong.indexText().substring(0, Passage.EMBEDDED_CHARS));
    }

    @Test
    void tableRowsKeepWhatEachCellMeans() {
        List<String> lines = Passages.of(article("kb-046-account-roles")).stream()
                .filter(p -> p.kind() == Passage.Kind.BODY).flatMap(p -> p.text().lines()).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("只读分析（能做什么：").contains("；不能做什么："));
        assertThat(lines).noneMatch(line -> line.contains("|") || line.contains("---"));
    }

    @Test
    void sentencesSplitOnChineseAndEnglishStops() {
        assertThat(Sentences.split("审核通常在 24 小时内完成。大促期间可能延长到 48 小时！", Language.ZH))
                .containsExactly("审核通常在 24 小时内完成。", "大促期间可能延长到 48 小时！");
        assertThat(Sentences.split("Claims like \"No. 1\" are rejected, e.g. superlatives. Fix and resubmit.",
                Language.EN)).containsExactly("Claims like \"No. 1\" are rejected, e.g. superlatives.",
                "Fix and resubmit.");
    }

    @Test
    void answerSentencesStandAlone() {
        Passage states = Passages.of(article("kb-021-budget-underspend")).stream()
                .filter(p -> p.section().equals("第一步：能不能投")).findFirst().orElseThrow();
        List<String> sentences = AnswerSentence.of(states).stream().map(AnswerSentence::text).toList();
        assertThat(sentences).contains("创意全部在审核中或被拒。", "余额不足导致全账户停投。")
                .noneMatch(s -> s.endsWith("：") || s.endsWith("；"));
    }
}
