package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
/**
 * How {@link KnowledgeBase} ranks passages: by embedding similarity, by BM25, or both fused by reciprocal rank
 * ({@code 1 / (rrfK + rank)} summed over the two rankings); and which queries get bge-zh's retrieval instruction.
 */
public record Retrieval(Mode mode, Instruction instruction, int rrfK) {

    public enum Mode { HYBRID, EMBEDDING, LEXICAL }

    /** Which queries are embedded with {@link #QUERY_INSTRUCTION} in front. */
    public enum Instruction { NONE, CHINESE_QUERIES, ALL_QUERIES }

    /** bge-small-zh-v1.5's instruction for short queries against passages. */
    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    public static final Retrieval DEFAULT = new Retrieval(Mode.HYBRID, Instruction.NONE, 60);

    public Retrieval with(Mode mode) {
        return new Retrieval(mode, instruction, rrfK);
    }

    public Retrieval with(Instruction instruction) {
        return new Retrieval(mode, instruction, rrfK);
    }

    /** The text to embed for a query. */
    String queryText(String query) {
        boolean instructed = switch (instruction) {
            case NONE -> false;
            case CHINESE_QUERIES -> Language.of(query) == Language.ZH;
            case ALL_QUERIES -> true;
        };
        return instructed ? QUERY_INSTRUCTION + query : query;
    }
}
