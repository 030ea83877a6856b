package io.adcopilot.agent.plugin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void chineseRunsBecomeOverlappingBigrams() {
        assertThat(Terms.of("创意审核")).containsExactly("创意", "意审", "审核");
        assertThat(Terms.of("改了目标CPA")).containsExactly("改了", "了目", "目标", "cpa");
        assertThat(Terms.of("被拒")).containsExactly("被拒");
        assertThat(Terms.of("拒")).containsExactly("拒");
    }

    @Test
    void englishWordsAreLowerCasedStemmedAndStopWordsDropped() {
        assertThat(Terms.of("Why did my creative get rejected?")).containsExactly("creativ", "reject");
        assertThat(List.of("rejected", "rejection", "rejects").stream().map(Terms::stem).distinct())
                .containsExactly("reject");
        assertThat(List.of("scaling", "scale").stream().map(Terms::stem).distinct()).containsExactly("scal");
        assertThat(Terms.stem("running")).isEqualTo("run");
        assertThat(Terms.stem("audiences")).isEqualTo(Terms.stem("audience"));
        assertThat(Terms.of("oCPM 1–5000 CNY")).containsExactly("ocpm", "1", "5000", "cny");
    }

    @Test
    void bm25PrefersDocumentsWithRareQueryTerms() {
        Bm25 index = new Bm25(List.of("创意审核一般 24 小时内完成", "预算花不出去的原因", "创意的规格"));
        double[] scores = index.scores("审核要多久");
        assertThat(scores[0]).isPositive();
        assertThat(scores[1]).isZero();
        assertThat(index.documentCoverage("创意审核", d -> d == 0)).isEqualTo(1.0);
        assertThat(index.documentCoverage("创意审核", d -> d == 2)).isBetween(0.0, 0.5);
        assertThat(index.textCoverage("weather today", "创意审核")).isZero();
    }
}
