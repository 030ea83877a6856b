package io.adcopilot.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.http.HttpBinding;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiImporterTest {

    private final OpenApiImporter importer = new OpenApiImporter(Set.of("advertiser_id"));

    private static JsonNode platformDocument() throws Exception {
        try (var in = io.adcopilot.sandbox.Platform.class.getResourceAsStream("/openapi.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    @Test
    void everyPlatformOperationBecomesATool() throws Exception {
        ImportResult result = importer.importDocument(platformDocument());
        Map<String, ToolSpec> tools = result.tools().stream().map(ImportedTool::spec)
                .collect(Collectors.toMap(ToolSpec::name, t -> t));
        assertThat(tools).containsOnlyKeys("getAccount", "listCampaigns", "getCampaign", "updateCampaign",
                "listAdGroups", "getAdGroup", "updateAdGroup", "listCreatives", "getCreative", "updateCreative",
                "queryReport");
        assertThat(tools.values().stream().filter(ToolSpec::isWrite).map(ToolSpec::name))
                .containsExactlyInAnyOrder("updateCampaign", "updateAdGroup", "updateCreative");
        assertThat(tools.get("queryReport").access()).isEqualTo(ToolSpec.Access.READ);
        assertThat(tools.get("updateCampaign").annotations().destructive()).isTrue();
        assertThat(tools.get("listCampaigns").annotations().readOnly()).isTrue();
        tools.values().forEach(t -> {
            assertThat(t.descriptionEn()).isNotBlank();
            assertThat(t.descriptionZh()).isNotBlank();
            assertThat(t.outputSchema().path("type").asString()).isEqualTo("object");
        });
    }

    @Test
    void argumentsComeFromPathQueryHeaderAndBody() throws Exception {
        ImportedTool update = find(importer.importDocument(platformDocument()), "updateCampaign");
        JsonNode props = update.spec().inputSchema().path("properties");
        assertThat(props.propertyNames()).containsExactlyInAnyOrder("id", "if_match", "daily_budget", "status",
                "version", OpenApiImporter.CONFIRMATION_TOKEN, OpenApiImporter.ACKNOWLEDGE_WARNINGS,
                OpenApiImporter.IDEMPOTENCY_KEY);
        assertThat(props.path("daily_budget").path("maximum").asLong()).isEqualTo(10_000_000L);
        assertThat(props.path("daily_budget").path("description").asString()).contains("日预算");
        assertThat(update.spec().inputSchema().path("required").toString()).contains("id");
        assertThat(update.binding().method()).isEqualTo("PATCH");
        assertThat(update.binding().body().flattened()).containsExactlyInAnyOrder("daily_budget", "status", "version");
        assertThat(update.currentState()).hasValue("getCampaign");

        ImportedTool report = find(importer.importDocument(platformDocument()), "queryReport");
        JsonNode filters = report.spec().inputSchema().path("properties").path("filters");
        assertThat(filters.path("properties").path("region").path("items").path("enum").size()).isEqualTo(16);
        assertThat(report.spec().inputSchema().path("required").toString()).contains("metrics").contains("time_range");
    }

    @Test
    void reportsWhatItCannotMapAndHidesTenantParameters() {
        JsonNode doc = Json.MAPPER.readTree("""
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                 "paths": {
                   "/advertisers/{advertiser_id}/things": {
                     "get": {"operationId": "listThings", "parameters": [
                        {"name": "advertiser_id", "in": "path", "required": true, "schema": {"type": "string"}},
                        {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "nullable": true}}],
                       "responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}}}},
                     "post": {"summary": "no id", "responses": {"201": {"description": "ok"}}}},
                   "/upload": {"post": {"operationId": "upload",
                     "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}},
                     "responses": {"200": {"description": "ok"}}}},
                   "/remote": {"get": {"operationId": "remote", "responses": {"200": {"content": {"application/json":
                     {"schema": {"$ref": "https://example.com/schema.json"}}}}}}}},
                 "components": {"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}}}""");
        ImportResult result = importer.importDocument(doc);
        assertThat(result.tools()).extracting(t -> t.spec().name()).containsExactlyInAnyOrder("listThings", "remote");
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("cookie"))
                .anySatisfy(p -> assertThat(p).contains("no operationId"))
                .anySatisfy(p -> assertThat(p).contains("multipart/form-data"))
                .anySatisfy(p -> assertThat(p).contains("external reference"))
                .anySatisfy(p -> assertThat(p).contains("not an object"));
        ImportedTool things = find(result, "listThings");
        assertThat(things.spec().inputSchema().path("properties").has("advertiser_id")).isFalse();
        assertThat(things.binding().tenantParams()).extracting(HttpBinding.Param::name).containsExactly("advertiser_id");
        assertThat(things.spec().inputSchema().path("properties").path("limit").path("type").toString())
                .isEqualTo("[\"integer\",\"null\"]");
    }

    private static ImportedTool find(ImportResult result, String name) {
        return result.tools().stream().filter(t -> t.spec().name().equals(name)).findFirst().orElseThrow();
    }
}
