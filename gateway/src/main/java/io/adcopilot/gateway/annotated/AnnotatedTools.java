package io.adcopilot.gateway.annotated;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolAnnotations;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.GatewayTool;
import io.adcopilot.gateway.ToolFailure;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns the {@link CopilotTool} methods of an object into gateway tools. */
public final class AnnotatedTools {

    private AnnotatedTools() {}

    public static List<GatewayTool> of(Object target) {
        List<GatewayTool> tools = new ArrayList<>();
        for (Method m : target.getClass().getMethods()) {
            CopilotTool t = m.getAnnotation(CopilotTool.class);
            if (t == null) continue;
            Class<?>[] params = m.getParameterTypes();
            if (params.length != 2 || params[0] != Principal.class || !params[1].isRecord()) {
                throw new IllegalArgumentException(m + ": a @CopilotTool takes (Principal, a record of arguments)");
            }
            ObjectNode input = RecordSchemas.of(params[1]);
            if (t.write()) {
                ObjectNode properties = (ObjectNode) input.get("properties");
                properties.putObject(OpenApiImporter.CONFIRMATION_TOKEN).put("type", "string");
                properties.putObject(OpenApiImporter.ACKNOWLEDGE_WARNINGS).put("type", "boolean");
                properties.putObject(OpenApiImporter.IDEMPOTENCY_KEY).put("type", "string");
            }
            JsonNode output = m.getReturnType().isRecord() ? RecordSchemas.of(m.getReturnType())
                    : Json.object().put("type", "object");
            var spec = new ToolSpec(t.name(), t.title(), t.descriptionZh(), t.descriptionEn(), input, output,
                    t.write() ? ToolSpec.Access.WRITE : ToolSpec.Access.READ,
                    t.write() ? new ToolAnnotations(false, false, false, false) : ToolAnnotations.READ_ONLY,
                    List.of(t.examples()));
            Class<?> argumentType = params[1];
            tools.add(new GatewayTool(spec, (arguments, principal) -> {
                Object record = Json.MAPPER.treeToValue(arguments, argumentType);
                try {
                    return Json.MAPPER.valueToTree(m.invoke(target, principal, record));
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof ToolFailure f) throw f;
                    throw new IllegalStateException(t.name() + " failed", e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }, Optional.empty()));
        }
        return tools;
    }
}
