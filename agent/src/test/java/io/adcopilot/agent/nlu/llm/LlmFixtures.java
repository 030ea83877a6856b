package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.embedded.CatalogSource;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.plugin.knowledge.HelpCenterTools;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.GatewayTool;
import io.adcopilot.gateway.annotated.AnnotatedTools;
import io.adcopilot.gateway.openapi.ImportedTool;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small advertiser, a fixed now, and a listener that keeps what it hears. */
final class LlmFixtures {

    static final EntityCatalog CATALOG = new EntityCatalog(List.of(
            new Entity("c-1001", "双十一大促-拉新", "campaign"),
            new Entity("c-1002", "老客召回", "campaign"),
            new Entity("g-2001", "拉新-白领", "ad_group"),
            new Entity("g-2002", "拉新-学生", "ad_group"),
            new Entity("cr-3001", "双十一主视觉", "creative")));
    static final CatalogSource CATALOGS = principal -> CATALOG;
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-20T10:00:00+08:00");

    /** The gateway's tools as the server has them: the platform's, imported from its OpenAPI, and the help center. */
    static final List<ToolSpec> GATEWAY_TOOLS = gatewayTools();

    private LlmFixtures() {}

    static ToolSpec gatewayTool(String name) {
        return GATEWAY_TOOLS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ToolSpec> gatewayTools() {
        List<ToolSpec> tools = new ArrayList<>();
        try (InputStream in = io.adcopilot.sandbox.Platform.class.getResourceAsStream("/openapi.json")) {
            new OpenApiImporter(Set.of("advertiser_id")).importDocument(Json.MAPPER.readTree(in)).tools().stream()
                    .map(ImportedTool::spec).forEach(tools::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the tool's schema needs no knowledge base; its searches are never run here
        AnnotatedTools.of(new HelpCenterTools(null)).stream().map(GatewayTool::spec).forEach(tools::add);
        return List.copyOf(tools);
    }

    static NluContext context(Turn... history) {
        return new NluContext(new Principal("adv-1001", "token-1"), NOW, List.of(history));
    }

    /** Keeps every call and fallback it hears. */
    static final class Recorder implements LlmListener {
        final List<LlmCallStats> calls = new ArrayList<>();
        final List<String> fallbacks = new ArrayList<>();

        @Override
        public synchronized void onCall(LlmCallStats call) {
            calls.add(call);
        }

        @Override
        public synchronized void onFallback(String engine, String reason) {
            fallbacks.add(engine + ": " + reason);
        }
    }
}
