package io.adcopilot.gateway.retrieval;

import io.adcopilot.core.embed.TextEmbedder;
import io.adcopilot.core.tool.ToolSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the tools for a request when there are too many to hand a model all of them: the top k of two rankings
 * fused (reciprocal rank fusion, k = 60) — embedding similarity (bge-small-zh; a tool is its name, title and
 * descriptions in both languages, and each of its example requests; its score is the best of these) and BM25 over
 * the same text.
 */
public final class ToolRetriever {

    /** A tool and how close it is to the request. */
    public record Scored(ToolSpec tool, double similarity) {}

    private record Indexed(ToolSpec tool, List<float[]> vectors) {}

    private static final double RRF_K = 60;

    private final TextEmbedder embedder;
    private final List<Indexed> index;
    private final LexicalIndex lexical;

    public ToolRetriever(TextEmbedder embedder, List<ToolSpec> tools) {
        this.embedder = embedder;
        this.index = tools.stream().map(t -> new Indexed(t, vectors(embedder, t))).toList();
        this.lexical = new LexicalIndex(tools.stream().map(t -> text(t) + " " + String.join(" ", t.examples())).toList());
    }

    /** Every tool, closest first; {@code similarity} is the fused score. */
    public List<Scored> rank(String request) {
        float[] query = embedder.embed(request);
        double[] semantic = new double[index.size()];
        for (int i = 0; i < index.size(); i++) {
            semantic[i] = index.get(i).vectors().stream().mapToDouble(v -> TextEmbedder.cosine(query, v)).max().orElse(-1);
        }
        double[] fused = new double[index.size()];
        addReciprocalRanks(semantic, fused);
        addReciprocalRanks(lexical.scores(request), fused);
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) out.add(new Scored(index.get(i).tool(), fused[i]));
        out.sort(Comparator.comparingDouble(Scored::similarity).reversed());
        return out;
    }

    private static void addReciprocalRanks(double[] scores, double[] into) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        for (int rank = 0; rank < order.length; rank++) into[order[rank]] += 1 / (RRF_K + rank + 1);
    }

    /** All tools when there are at most {@code threshold}, else the {@code k} closest to the request. */
    public List<ToolSpec> select(String request, int threshold, int k) {
        if (index.size() <= threshold) return index.stream().map(Indexed::tool).toList();
        return rank(request).stream().limit(k).map(Scored::tool).toList();
    }

    public int size() {
        return index.size();
    }

    private static List<float[]> vectors(TextEmbedder embedder, ToolSpec t) {
        List<float[]> vectors = new ArrayList<>();
        vectors.add(embedder.embed(text(t)));
        t.examples().forEach(example -> vectors.add(embedder.embed(example)));
        return vectors;
    }

    static String text(ToolSpec t) {
        String words = t.name().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return words + ". " + t.title() + ". " + t.descriptionEn() + " " + t.descriptionZh();
    }
}
