package io.adcopilot.gateway.retrieval;

import io.adcopilot.core.embed.TextEmbedder;
import io.adcopilot.core.tool.ToolSpec;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the tools for a request when there are too many to hand a model all of them: the top k by embedding
 * similarity between the request and each tool's name, title and descriptions (both languages).
 */
public final class ToolRetriever {

    /** A tool and how close it is to the request. */
    public record Scored(ToolSpec tool, double similarity) {}

    private record Indexed(ToolSpec tool, float[] vector) {}

    private final TextEmbedder embedder;
    private final List<Indexed> index;

    public ToolRetriever(TextEmbedder embedder, List<ToolSpec> tools) {
        this.embedder = embedder;
        this.index = tools.stream().map(t -> new Indexed(t, embedder.embed(text(t)))).toList();
    }

    /** Every tool, closest first. */
    public List<Scored> rank(String request) {
        float[] query = embedder.embed(request);
        return index.stream().map(i -> new Scored(i.tool(), TextEmbedder.cosine(query, i.vector())))
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed()).toList();
    }

    /** All tools when there are at most {@code threshold}, else the {@code k} closest to the request. */
    public List<ToolSpec> select(String request, int threshold, int k) {
        if (index.size() <= threshold) return index.stream().map(Indexed::tool).toList();
        return rank(request).stream().limit(k).map(Scored::tool).toList();
    }

    public int size() {
        return index.size();
    }

    static String text(ToolSpec t) {
        String words = t.name().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return words + ". " + t.title() + ". " + t.descriptionEn() + " " + t.descriptionZh();
    }
}
