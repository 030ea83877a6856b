package io.adcopilot.gateway.serve;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolSpec;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Tools as OpenAI function specs: {@code [{"type": "function", "function": {"name", "description", "parameters"}}]}. */
public final class OpenAiFunctions {

    private OpenAiFunctions() {}

    public static ArrayNode of(List<ToolSpec> tools) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ToolSpec t : tools) {
            ObjectNode function = out.addObject().put("type", "function").putObject("function");
            function.put("name", t.name());
            function.put("description", t.description());
            function.set("parameters", t.inputSchema());
        }
        return out;
    }
}
