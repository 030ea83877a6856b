package io.adcopilot.gateway.openapi;

import java.util.List;

/** The tools an OpenAPI document became, and every construct that could not be mapped (never silently dropped). */
public record ImportResult(List<ImportedTool> tools, List<String> problems) {

    public ImportResult {
        tools = List.copyOf(tools);
        problems = List.copyOf(problems);
    }
}
