package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.core.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The help center, searchable: articles cut into {@link Passage}s, each embedded and indexed for BM25, ranked by
 * the {@link Retrieval} in use. Immutable and safe to share between threads.
 */
public final class KnowledgeBase {

    private final Map<String, Article> articles;
    private final List<Passage> passages;
    private final float[][] vectors;
    private final Bm25 bm25;
    private final TextEmbedder embedder;
    private final Retrieval retrieval;

    private KnowledgeBase(Map<String, Article> articles, List<Passage> passages, float[][] vectors, Bm25 bm25,
                          TextEmbedder embedder, Retrieval retrieval) {
        this.articles = articles;
        this.passages = passages;
        this.vectors = vectors;
        this.bm25 = bm25;
        this.embedder = embedder;
        this.retrieval = retrieval;
    }

    /** The help center on the classpath (see {@link Articles#fromClasspath()}). */
    private static volatile KnowledgeBase builtIn;

    /** The built-in help center with bge-small-zh, indexed once per JVM (it takes a few seconds). */
    public static KnowledgeBase builtIn() {
        if (builtIn == null) {
            synchronized (KnowledgeBase.class) {
                if (builtIn == null) builtIn = load(io.adcopilot.core.embed.BgeSmallZh.get());
            }
        }
        return builtIn;
    }

    public static KnowledgeBase load(TextEmbedder embedder) {
        return of(Articles.fromClasspath(), embedder);
    }

    /** Indexes the articles: embeds every passage (in parallel) and builds the BM25 index. */
    public static KnowledgeBase of(List<Article> articles, TextEmbedder embedder) {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<Passage> passages = new ArrayList<>();
        for (Article a : articles) {
            if (byId.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate article " + a.id());
            passages.addAll(Passages.of(a));
        }
        List<String> embedded = passages.stream().map(Passage::embeddingText).toList();
        float[][] vectors = IntStream.range(0, embedded.size()).parallel()
                .mapToObj(i -> embedder.embed(embedded.get(i))).toArray(float[][]::new);
        return new KnowledgeBase(Map.copyOf(byId), List.copyOf(passages), vectors,
                new Bm25(passages.stream().map(Passage::indexText).toList()), embedder,
                Retrieval.DEFAULT);
    }

    /** The same index, ranked another way. */
    public KnowledgeBase with(Retrieval retrieval) {
        return new KnowledgeBase(articles, passages, vectors, bm25, embedder, retrieval);
    }

    public Retrieval retrieval() {
        return retrieval;
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    public int size() {
        return articles.size();
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The best {@code k} passages for the query, best first. */
    public List<PassageHit> search(String query, int k) {
        return rank(query).stream().limit(k).toList();
    }

    /** The best {@code k} articles for the query, best first. */
    public List<ArticleHit> articles(String query, int k) {
        Map<String, List<PassageHit>> byArticle = new LinkedHashMap<>();
        for (PassageHit hit : rank(query)) {
            byArticle.computeIfAbsent(hit.passage().articleId(), id -> new ArrayList<>()).add(hit);
        }
        return byArticle.entrySet().stream().limit(k).map(e -> new ArticleHit(articles.get(e.getKey()),
                e.getValue().get(0).score(),
                e.getValue().stream().mapToDouble(PassageHit::similarity).max().orElse(0), e.getValue())).toList();
    }

    /** The passages of one article, in order. */
    public List<Passage> passages(String articleId) {
        return passages.stream().filter(p -> p.articleId().equals(articleId)).toList();
    }

    /** The query's embedding as the retrieval compares it with passages. */
    float[] embedQuery(String query) {
        return embedder.embed(retrieval.queryText(query));
    }

    /** The idf-weighted share of the query's terms found in the article (see {@link Bm25#documentCoverage}). */
    double articleCoverage(String query, String articleId) {
        return bm25.documentCoverage(query, i -> passages.get(i).articleId().equals(articleId));
    }

    /** The idf-weighted share of the query's terms found in a text. */
    double textCoverage(String query, String text) {
        return bm25.textCoverage(query, text);
    }

    TextEmbedder embedder() {
        return embedder;
    }

    private List<PassageHit> rank(String query) {
        float[] q = embedQuery(query);
        double[] similarity = new double[passages.size()];
        for (int i = 0; i < similarity.length; i++) similarity[i] = TextEmbedder.cosine(q, vectors[i]);
        double[] lexical = retrieval.mode() == Retrieval.Mode.EMBEDDING ? new double[0] : bm25.scores(query);
        double[] score = switch (retrieval.mode()) {
            case EMBEDDING -> similarity;
            case LEXICAL -> lexical;
            case HYBRID -> fuse(similarity, lexical);
        };
        List<PassageHit> hits = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (score[i] > 0) hits.add(new PassageHit(passages.get(i), score[i], similarity[i]));
        }
        hits.sort(Comparator.comparingDouble(PassageHit::score).reversed()
                .thenComparing(h -> h.passage().articleId()).thenComparingInt(h -> h.passage().position()));
        return hits;
    }

    /** Reciprocal-rank fusion of the embedding ranking and the BM25 ranking (of the passages BM25 matched). */
    private double[] fuse(double[] similarity, double[] lexical) {
        double[] fused = new double[similarity.length];
        addReciprocalRanks(similarity, fused);
        addReciprocalRanks(lexical, fused);
        return fused;
    }

    /** Adds {@code 1 / (k + rank)} for each passage with a positive score, ranked by it (ties by position). */
    private void addReciprocalRanks(double[] scores, double[] into) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        for (int rank = 0; rank < order.length; rank++) {
            if (scores[order[rank]] <= 0) break;
            into[order[rank]] += 1.0 / (retrieval.rrfK() + rank + 1);
        }
    }
}
