package io.adcopilot.core.tool;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A tool as an LLM or agent sees it: a name, a title, what it does in Chinese and English, the JSON Schema of its
 * arguments and of its result, whether it reads or writes, hints for clients, and example requests it serves (used
 * to choose tools for a request when there are many).
 */
public record ToolSpec(String name, String title, String descriptionZh, String descriptionEn, JsonNode inputSchema,
                       JsonNode outputSchema, Access access, ToolAnnotations annotations, List<String> examples) {

    public ToolSpec {
        examples = List.copyOf(examples);
    }

    /** Reads change nothing; writes go through preview and confirmation. */
    public enum Access { READ, WRITE }

    /** One description for models that take a single text: English, then Chinese. */
    public String description() {
        if (descriptionZh == null || descriptionZh.isBlank()) return descriptionEn;
        if (descriptionEn == null || descriptionEn.isBlank()) return descriptionZh;
        return descriptionEn + " / " + descriptionZh;
    }

    public boolean isWrite() {
        return access == Access.WRITE;
    }

    public ToolSpec withInputSchema(JsonNode schema) {
        return new ToolSpec(name, title, descriptionZh, descriptionEn, schema, outputSchema, access, annotations,
                examples);
    }
}
