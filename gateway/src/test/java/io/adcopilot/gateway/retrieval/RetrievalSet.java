package io.adcopilot.gateway.retrieval;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolAnnotations;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.openapi.ImportedTool;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The labelled retrieval set: requests with the tool that should come first, the platform's tools (imported
 * from its OpenAPI document), the copilot's own tools, and 45 distractors the platform does not have.
 */
public final class RetrievalSet {

    /** A request and its right tool. */
    public record Pair(String request, String tool) {}

    private RetrievalSet() {}

    public static List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(resource("/retrieval/pairs.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = Json.MAPPER.readTree(line);
                out.add(new Pair(n.path("request").asString(), n.path("tool").asString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The platform's tools and the copilot's own. */
    public static List<ToolSpec> realTools() {
        List<ToolSpec> tools = new ArrayList<>();
        try (InputStream in = io.adcopilot.sandbox.Platform.class.getResourceAsStream("/openapi.json")) {
            new OpenApiImporter(Set.of()).importDocument(Json.MAPPER.readTree(in)).tools().stream()
                    .map(ImportedTool::spec).forEach(tools::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tools.add(spec("searchHelpCenter", "Search the platform's help articles (bidding, oCPM, learning phase, "
                + "review and appeals, conversion tracking, targeting, budgets, qualifications, invoices) to answer "
                + "how-to and policy questions.", "检索帮助中心文章，回答操作与政策问题。",
                List.of("出价方式有什么区别", "素材审核不通过应该怎么办", "what is the learning phase", "how does pacing work")));
        tools.add(spec("rememberPreference", "Remember a stated preference or fact about the advertiser for later "
                + "turns.", "记住广告主的偏好或账户事实，例如以后默认看转化成本。",
                List.of("以后默认给我看ROI", "记一下我们主要做华东市场", "remember that I prefer CPA over CPC", "note that our fiscal week starts on Monday")));
        tools.add(spec("listMemories", "List what the copilot remembers about the advertiser.", "列出已记住的偏好和事实。",
                List.of("你记住了我哪些设置", "我之前让你记的东西有哪些", "what preferences have you saved", "show what you remember about my account")));
        return tools;
    }

    public static List<ToolSpec> distractors() {
        List<ToolSpec> tools = new ArrayList<>();
        for (JsonNode n : Json.MAPPER.readTree(resource("/retrieval/distractors.json"))) {
            List<String> examples = new ArrayList<>();
            n.path("examples").forEach(e -> examples.add(e.asString()));
            tools.add(spec(n.path("name").asString(), n.path("description_en").asString(),
                    n.path("description_zh").asString(), examples));
        }
        return tools;
    }

    private static ToolSpec spec(String name, String en, String zh) {
        return spec(name, en, zh, List.of());
    }

    private static ToolSpec spec(String name, String en, String zh, List<String> examples) {
        return new ToolSpec(name, name, zh, en, Json.object().put("type", "object"),
                Json.object().put("type", "object"), ToolSpec.Access.READ, ToolAnnotations.READ_ONLY, examples);
    }

    private static InputStream resource(String name) {
        InputStream in = RetrievalSet.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing " + name);
        return in;
    }
}
