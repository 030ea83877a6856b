package io.adcopilot.gateway;

import io.adcopilot.core.json.Json;
import io.adcopilot.gateway.http.HttpConnector;
import io.adcopilot.gateway.http.HttpToolBackend;
import io.adcopilot.gateway.openapi.ImportResult;
import io.adcopilot.gateway.openapi.ImportedTool;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import java.util.List;
import java.util.Map;

/** The platform's tool set: its OpenAPI document, imported, each operation run over the HTTP connector. */
public final class PlatformToolset {

    /** The tools, and what the import could not map. */
    public record Loaded(List<GatewayTool> tools, List<String> problems) {}

    private PlatformToolset() {}

    /** Fetches {@code openapiPath} (relative to the connector's base URL) and imports it. */
    public static Loaded load(HttpConnector connector, String openapiPath, OpenApiImporter importer) {
        HttpConnector.Response response;
        try {
            response = connector.send(new HttpConnector.Request("GET", openapiPath, Map.of(), Map.of(), null, null), true);
        } catch (HttpConnector.UnavailableException e) {
            throw new IllegalStateException("cannot fetch the platform's OpenAPI document: " + e.getMessage(), e);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("fetching the platform's OpenAPI document answered HTTP " + response.status());
        }
        return from(importer.importDocument(Json.MAPPER.readTree(response.body())), connector);
    }

    public static Loaded from(ImportResult imported, HttpConnector connector) {
        List<GatewayTool> tools = imported.tools().stream().map(t -> tool(t, connector)).toList();
        return new Loaded(tools, imported.problems());
    }

    private static GatewayTool tool(ImportedTool t, HttpConnector connector) {
        return new GatewayTool(t.spec(), new HttpToolBackend(t.binding(), connector, !t.spec().isWrite()),
                t.currentState());
    }
}
