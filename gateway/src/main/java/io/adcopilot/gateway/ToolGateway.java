package io.adcopilot.gateway;

import io.adcopilot.core.json.Canonical;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Preview;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.audit.AuditLog;
import io.adcopilot.gateway.audit.AuditRecord;
import io.adcopilot.gateway.audit.Redaction;
import io.adcopilot.gateway.confirm.Confirmations;
import io.adcopilot.gateway.confirm.Guardrails;
import io.adcopilot.gateway.confirm.PreviewBuilder;
import io.adcopilot.gateway.idempotency.IdempotencyStore;
import io.adcopilot.gateway.limit.RateLimits;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import io.adcopilot.gateway.scope.TenantGuard;
import io.adcopilot.gateway.validate.ArgumentValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every tool call goes through here, in this order: the tool exists, the rate limits allow it, the arguments match
 * its schema, they name only the principal's own entities; a read then runs; a write shows a preview and a token
 * first, and runs only when the identical call comes back with that token (once, before it expires, with the
 * guardrails' warnings acknowledged where they ask for it). Every call, refused ones included, is written to the
 * audit log before the result is returned.
 */
public final class ToolGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ToolGateway.class);

    /** Guardrails, rate limits and how long a confirmation token lives. */
    public record Config(Guardrails guardrails, RateLimits.Config rateLimits, Duration confirmationTtl) {
        public static Config defaults() {
            return new Config(Guardrails.defaults(), RateLimits.Config.defaults(), Duration.ofMinutes(5));
        }
    }

    private final Map<String, GatewayTool> tools = new LinkedHashMap<>();
    private final TenantGuard guard;
    private final AuditLog audit;
    private final IdempotencyStore idempotency;
    private final Config config;
    private final Clock clock;
    private final ArgumentValidator validator = new ArgumentValidator();
    private final RateLimits limits;
    private final Confirmations confirmations;
    private final PreviewBuilder previews;

    public ToolGateway(List<GatewayTool> tools, TenantGuard guard, AuditLog audit, IdempotencyStore idempotency,
                       Config config, Clock clock) {
        tools.forEach(t -> this.tools.put(t.spec().name(), t));
        this.guard = guard;
        this.audit = audit;
        this.idempotency = idempotency;
        this.config = config;
        this.clock = clock;
        this.limits = new RateLimits(config.rateLimits());
        this.confirmations = new Confirmations(clock, config.confirmationTtl());
        this.previews = new PreviewBuilder(this.tools);
    }

    /** The tools a principal may use. */
    public List<ToolSpec> tools(Principal principal) {
        return tools.values().stream().map(GatewayTool::spec).toList();
    }

    public Optional<ToolSpec> spec(String name) {
        return Optional.ofNullable(tools.get(name)).map(GatewayTool::spec);
    }

    public AuditLog audit() {
        return audit;
    }

    public ToolResult call(ToolCall call) {
        long started = System.nanoTime();
        var trail = new Trail();
        ToolResult result;
        try {
            result = run(call, trail);
        } catch (ToolFailure e) {
            trail.outcome = "failed";
            result = e.failure();
        } catch (Exception e) {
            LOG.error("tool {} failed for {}", call.tool(), call.principal(), e);
            trail.outcome = "failed";
            result = ToolResult.Failure.of("internal_error", "the tool failed unexpectedly",
                    "Tell the user it could not be done now; do not invent a result.");
        }
        if (result instanceof ToolResult.Failure f && trail.outcome == null) trail.outcome = "refused";
        if (result instanceof ToolResult.ConfirmationRequired) trail.outcome = "preview";
        if (trail.outcome == null) trail.outcome = "ok";
        GatewayTool tool = tools.get(call.tool());
        boolean write = tool != null && !tool.spec().annotations().readOnly();
        var record = new AuditRecord(UUID.randomUUID().toString(), clock.instant(), call.principal().advertiserId(),
                call.tool(), json(Redaction.redact(call.arguments())), digestOf(call.arguments()), trail.outcome,
                result instanceof ToolResult.Failure f ? f.code() : null, (System.nanoTime() - started) / 1e6,
                call.traceId(), trail.confirmationId, call.idempotencyKey().orElse(
                        textOrNull(call.arguments() == null ? null : call.arguments().get(OpenApiImporter.IDEMPOTENCY_KEY))));
        if (write) audit.append(record);
        else audit.appendSoon(record);
        return result;
    }

    /** What the audit record says beyond the call itself. */
    private static final class Trail {
        String outcome;
        String confirmationId;
    }

    private ToolResult run(ToolCall call, Trail trail) throws Exception {
        GatewayTool tool = tools.get(call.tool());
        if (tool == null) {
            return ToolResult.Failure.of("unknown_tool", "there is no tool named '" + call.tool() + "'",
                    "Use one of: " + String.join(", ", tools.keySet()));
        }
        Principal principal = call.principal();
        OptionalInt wait = limits.acquire(principal.advertiserId(), tool.spec().name());
        if (wait.isPresent()) {
            return new ToolResult.Failure("rate_limited", "too many calls; try again in " + wait.getAsInt() + " s",
                    "Wait " + wait.getAsInt() + " s before calling again.", null, wait.getAsInt());
        }
        JsonNode arguments = call.arguments() == null || call.arguments().isNull() ? Json.object() : call.arguments();
        Optional<ToolResult.Failure> invalid = validator.check(tool.spec().name(), tool.spec().inputSchema(), arguments);
        if (invalid.isPresent()) return invalid.get();
        Optional<ToolResult.Failure> foreign = guard.check(arguments, principal);
        if (foreign.isPresent()) return foreign.get();

        if (!tool.spec().isWrite()) {
            trail.outcome = null;
            return success(tool, arguments, principal, trail);
        }
        ObjectNode change = ((ObjectNode) arguments).deepCopy();
        String token = textOrNull(change.remove(OpenApiImporter.CONFIRMATION_TOKEN));
        boolean acknowledged = change.path(OpenApiImporter.ACKNOWLEDGE_WARNINGS).asBoolean(false);
        change.remove(OpenApiImporter.ACKNOWLEDGE_WARNINGS);
        String keyArgument = textOrNull(change.remove(OpenApiImporter.IDEMPOTENCY_KEY));
        String digest = Canonical.digest(change);

        Optional<String> key = call.idempotencyKey().or(() -> Optional.ofNullable(keyArgument));
        if (key.isPresent()) {
            var applied = idempotency.find(principal.advertiserId(), key.get());
            if (applied.isPresent()) return replay(applied.get(), tool, digest);
        }

        Preview preview = previews.build(tool, change, principal);
        Guardrails.Verdict verdict = config.guardrails().judge(preview.changes());
        preview = new Preview(preview.tool(), preview.entityId(), preview.entityName(), preview.changes(),
                verdict.warnings(), verdict.acknowledgementRequired());
        if (verdict.refusal().isPresent()) {
            return ToolResult.Failure.of("guardrail_refused", verdict.refusal().get(),
                    "Propose a smaller change, or split it into steps the user confirms one by one.");
        }
        String previewDigest = Canonical.digest(Json.MAPPER.valueToTree(preview.changes()));
        if (token == null) {
            var issued = confirmations.issue(new Confirmations.Binding(principal.advertiserId(), tool.spec().name(),
                    digest, previewDigest));
            trail.confirmationId = Confirmations.idOf(issued.token());
            return new ToolResult.ConfirmationRequired(preview, issued.token(), issued.expiresAt());
        }
        trail.confirmationId = Confirmations.idOf(token);
        Optional<ToolResult.Failure> refused = confirmations.check(token, principal, tool.spec().name(), digest);
        if (refused.isPresent()) return refused.get();
        if (!confirmations.binding(token).orElseThrow().previewDigest().equals(previewDigest)) {
            return ToolResult.Failure.of("preview_changed", "the entity changed since the preview was shown",
                    "Call again without confirmation_token to get a fresh preview, and show it to the user.");
        }
        if (preview.acknowledgementRequired() && !acknowledged) {
            return new ToolResult.Failure("acknowledgement_required", String.join("; ",
                    preview.warnings().stream().map(Preview.Warning::message).toList()),
                    "Show the warnings; when the user accepts them, repeat the call with acknowledge_warnings: true.",
                    OpenApiImporter.ACKNOWLEDGE_WARNINGS, null);
        }
        if (key.isPresent() && !idempotency.reserve(principal.advertiserId(), key.get(), tool.spec().name(), digest)) {
            return replay(idempotency.find(principal.advertiserId(), key.get()).orElseThrow(), tool, digest);
        }
        if (!confirmations.consume(token)) {
            key.ifPresent(k -> idempotency.release(principal.advertiserId(), k));
            return ToolResult.Failure.of("confirmation_used", "this confirmation token was already used",
                    "Call the tool again without confirmation_token to get a fresh preview and token.");
        }
        try {
            ToolResult result = success(tool, change, principal, trail);
            if (key.isPresent()) {
                idempotency.complete(principal.advertiserId(), key.get(),
                        json(((ToolResult.Success) result).content()));
            }
            return result;
        } catch (ToolFailure | RuntimeException e) {
            key.ifPresent(k -> idempotency.release(principal.advertiserId(), k));
            throw e;
        }
    }

    private ToolResult success(GatewayTool tool, JsonNode arguments, Principal principal, Trail trail)
            throws ToolFailure {
        try {
            return new ToolResult.Success(tool.backend().run(arguments, principal));
        } catch (ToolFailure e) {
            trail.outcome = "failed";
            throw e;
        }
    }

    private ToolResult replay(IdempotencyStore.Applied applied, GatewayTool tool, String digest) {
        if (!applied.tool().equals(tool.spec().name()) || !applied.argumentsDigest().equals(digest)) {
            return ToolResult.Failure.of("idempotency_key_reused", "this idempotency key was used for another call",
                    "Use a new idempotency key for a new change.");
        }
        if (applied.resultJson().isEmpty()) {
            return new ToolResult.Failure("in_progress", "the same change is being applied right now",
                    "Wait a moment and call again with the same idempotency key to get its result.", null, 1);
        }
        return new ToolResult.Success(Json.MAPPER.readTree(applied.resultJson().get()));
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String digestOf(JsonNode arguments) {
        return arguments == null ? null : Canonical.digest(arguments);
    }

    private static String json(JsonNode node) {
        return node == null ? null : Json.MAPPER.writeValueAsString(node);
    }
}
