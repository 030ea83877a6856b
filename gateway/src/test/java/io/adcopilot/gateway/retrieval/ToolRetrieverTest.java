package io.adcopilot.gateway.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.embed.BgeSmallZh;
import io.adcopilot.core.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retrieval on the labelled set (166 requests): recall@k among the 14 real tools, and among 59 with 45
 * distractors the platform does not have. The floor fails the build if retrieval regresses.
 */
class ToolRetrieverTest {

    private static double[] recall(List<ToolSpec> tools) {
        var retriever = new ToolRetriever(BgeSmallZh.get(), tools);
        var pairs = RetrievalSet.pairs();
        int[] hits = new int[6];
        for (var pair : pairs) {
            List<String> ranked = retriever.rank(pair.request()).stream().limit(5).map(s -> s.tool().name()).toList();
            int at = ranked.indexOf(pair.tool());
            for (int k = 1; k <= 5; k++) if (at >= 0 && at < k) hits[k]++;
        }
        return new double[]{(double) hits[1] / pairs.size(), (double) hits[3] / pairs.size(), (double) hits[5] / pairs.size()};
    }

    @Test
    void findsTheRightToolInTheTopFive() {
        assertThat(RetrievalSet.pairs()).hasSizeGreaterThanOrEqualTo(100);
        List<ToolSpec> real = RetrievalSet.realTools();
        List<ToolSpec> many = new ArrayList<>(real);
        many.addAll(RetrievalSet.distractors());
        double[] small = recall(real);
        double[] large = recall(many);
        System.out.printf("tool retrieval, %d requests: %d tools r@1=%.3f r@3=%.3f r@5=%.3f; %d tools r@1=%.3f r@3=%.3f r@5=%.3f%n",
                RetrievalSet.pairs().size(), real.size(), small[0], small[1], small[2], many.size(), large[0], large[1], large[2]);
        assertThat(small[2]).isGreaterThanOrEqualTo(0.90);
        assertThat(large[2]).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void withFewToolsEveryToolIsOffered() {
        var retriever = new ToolRetriever(BgeSmallZh.get(), RetrievalSet.realTools());
        assertThat(retriever.select("昨天花了多少钱", 20, 5)).hasSize(14);
        assertThat(retriever.select("昨天花了多少钱", 10, 5)).hasSize(5);
    }
}
