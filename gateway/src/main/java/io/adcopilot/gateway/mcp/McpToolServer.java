package io.adcopilot.gateway.mcp;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.auth.PlatformAuthenticator;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's tools over MCP (streamable HTTP, official Java SDK). Reads return their result as
 * {@code structuredContent}; a write returns {@code {"status": "preview", "preview", "confirmation_token",
 * "expires_at"}} until it is called again with that token, then {@code {"status": "applied", "result"}}. Refusals
 * are tool errors whose text is the code, message and hint as JSON.
 */
public final class McpToolServer implements AutoCloseable {

    public static final String ENDPOINT = "/mcp";
    private static final String CALLER = "principal";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;
    private final BearerFilter filter;

    public McpToolServer(ToolGateway gateway, PlatformAuthenticator authenticator, String version) {
        McpJsonMapper mapper = new JacksonMcpJsonMapper(JsonMapper.builder().build());
        this.filter = new BearerFilter(authenticator);
        this.transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(mapper)
                .mcpEndpoint(ENDPOINT)
                .contextExtractor(request -> {
                    Object principal = request.getAttribute(BearerFilter.PRINCIPAL);
                    return principal == null ? McpTransportContext.EMPTY
                            : McpTransportContext.create(Map.of(CALLER, principal));
                })
                .keepAliveInterval(Duration.ofSeconds(30))
                .build();
        List<SyncToolSpecification> tools = gateway.tools(null).stream()
                .map(spec -> SyncToolSpecification.builder().tool(tool(spec))
                        .callHandler((exchange, request) -> call(gateway, spec, exchange, request)).build())
                .toList();
        this.server = McpServer.sync(transport)
                .serverInfo("adcopilot", version)
                .instructions("Tools of the reference ad platform, acting for the advertiser of the bearer token. "
                        + "Writes change nothing until repeated with the confirmation_token their preview returned.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(mapper)
                .requestTimeout(Duration.ofSeconds(60))
                .tools(tools)
                .build();
    }

    /** The servlet to mount at {@link #ENDPOINT} (async supported). */
    public HttpServlet servlet() {
        return transport;
    }

    /** The filter to put in front of it: 401 without a valid token. */
    public Filter authFilter() {
        return filter;
    }

    static McpSchema.Tool tool(ToolSpec spec) {
        return McpSchema.Tool.builder()
                .name(spec.name())
                .title(spec.title())
                .description(spec.description())
                .inputSchema(map(spec.inputSchema()))
                .outputSchema(map(spec.isWrite() ? writeOutput(spec.outputSchema()) : spec.outputSchema()))
                .annotations(McpSchema.ToolAnnotations.builder()
                        .readOnlyHint(spec.annotations().readOnly())
                        .destructiveHint(spec.annotations().destructive())
                        .idempotentHint(spec.annotations().idempotent())
                        .openWorldHint(spec.annotations().openWorld())
                        .build())
                .build();
    }

    /** A write answers either its preview or, once confirmed, its result. */
    private static JsonNode writeOutput(JsonNode result) {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("status").put("type", "string").putArray("enum").add("preview").add("applied");
        properties.putObject("preview").put("type", "object");
        properties.putObject("confirmation_token").put("type", "string");
        properties.putObject("expires_at").put("type", "string");
        properties.set("result", result);
        schema.putArray("required").add("status");
        return schema;
    }

    private static McpSchema.CallToolResult call(ToolGateway gateway, ToolSpec spec, McpSyncServerExchange exchange,
                                                 McpSchema.CallToolRequest request) {
        Object caller = exchange.transportContext().get(CALLER);
        if (!(caller instanceof Principal principal)) {
            return error(Map.of("code", "unauthenticated", "message", "no caller", "hint", "send a bearer token"));
        }
        JsonNode arguments = Json.MAPPER.valueToTree(request.arguments() == null ? Map.of() : request.arguments());
        ToolResult result = gateway.call(new ToolCall(spec.name(), arguments, principal,
                traceId(request), Optional.empty()));
        if (result instanceof ToolResult.Success s) {
            Object content = spec.isWrite() ? Map.of("status", "applied", "result", map(s.content())) : map(s.content());
            return McpSchema.CallToolResult.builder().structuredContent(content)
                    .addTextContent(Json.MAPPER.writeValueAsString(content)).build();
        }
        if (result instanceof ToolResult.ConfirmationRequired c) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("status", "preview");
            content.put("preview", map(Json.MAPPER.valueToTree(c.preview())));
            content.put("confirmation_token", c.confirmationToken());
            content.put("expires_at", c.expiresAt().toString());
            return McpSchema.CallToolResult.builder().structuredContent(content)
                    .addTextContent("Nothing was changed yet. Show the preview; to apply exactly this change once, "
                            + "call " + spec.name() + " again with the same arguments and confirmation_token.")
                    .addTextContent(Json.MAPPER.writeValueAsString(content)).build();
        }
        var f = (ToolResult.Failure) result;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", f.code());
        body.put("message", f.message());
        body.put("hint", f.hint());
        if (f.field() != null) body.put("field", f.field());
        if (f.retryAfterSeconds() != null) body.put("retry_after_seconds", f.retryAfterSeconds());
        return error(body);
    }

    private static String traceId(McpSchema.CallToolRequest request) {
        Object given = request.meta() == null ? null : request.meta().get("trace_id");
        return given != null ? given.toString() : UUID.randomUUID().toString();
    }

    private static McpSchema.CallToolResult error(Map<String, Object> body) {
        return McpSchema.CallToolResult.builder().isError(true)
                .addTextContent(Json.MAPPER.writeValueAsString(body)).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode node) {
        return Json.MAPPER.convertValue(node, Map.class);
    }

    @Override
    public void close() {
        server.close();
        transport.closeGracefully().block(Duration.ofSeconds(5));
    }
}
