package io.adcopilot.agent.plugin.knowledge;

/**
 * A retrieved passage: {@code score} ranks (reciprocal-rank fusion, or the single ranking's own score),
 * {@code similarity} is the cosine between query and passage embeddings, comparable across queries.
 */
public record PassageHit(Passage passage, double score, double similarity) {}
