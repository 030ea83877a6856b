package io.adcopilot.agent.nlu.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.validate.ArgumentValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the model's answer into frames, one call after the other, in order (the plan): a {@code report_frames} call
 * gives its frames; a call of an offered gateway tool is validated against the tool's schema as offered
 * ({@link ArgumentValidator}), read as one frame ({@link ToolFrames}) and that frame checked like a reported one
 * ({@link FrameReader}); a call of any other tool is an error. Whatever is wrong is what the repair round tells the
 * model, each error prefixed by the call it concerns.
 */
final class AnswerReader {

    private final FrameReader frames;
    private final ToolOffer offer;
    private final ArgumentValidator validator;

    AnswerReader(FrameReader frames, ToolOffer offer, ArgumentValidator validator) {
        this.frames = frames;
        this.offer = offer;
        this.validator = validator;
    }

    ToolOffer offer() {
        return offer;
    }

    FrameReader.Reading read(AiMessage answer) {
        if (!answer.hasToolExecutionRequests()) return readText(answer.text());
        List<Frame> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<ToolExecutionRequest> calls = answer.toolExecutionRequests();
        for (int i = 0; i < calls.size(); i++) {
            ToolExecutionRequest call = calls.get(i);
            String name = call.name() == null ? "" : call.name();
            if (name.equals(FrameTool.NAME)) {
                frames.readCall(call.arguments(), out, errors);
            } else {
                Optional<ToolSpec> tool = offer.tool(name);
                if (tool.isPresent()) {
                    readToolCall(tool.get(), call.arguments(), name + " (call " + (i + 1) + ")", out, errors);
                } else {
                    errors.add("call " + (i + 1) + ": there is no tool '" + name + "' here; call " + tools());
                }
            }
        }
        if (out.isEmpty() && errors.isEmpty()) errors.add(FrameReader.NO_FRAME);
        return new FrameReader.Reading(out, errors);
    }

    /** A model that answered in text instead may still have written the JSON of report_frames. */
    private FrameReader.Reading readText(String text) {
        FrameReader.Reading reading = frames.read(List.of(text == null ? "" : text));
        if (reading.valid()) return reading;
        List<String> errors = new ArrayList<>();
        errors.add("answer by calling the tool " + tools() + ", not in text");
        errors.addAll(reading.errors());
        return new FrameReader.Reading(List.of(), errors);
    }

    private void readToolCall(ToolSpec tool, String arguments, String label, List<Frame> out, List<String> errors) {
        JsonNode args;
        try {
            args = arguments == null || arguments.isBlank() ? Json.object() : Json.MAPPER.readTree(arguments);
        } catch (JacksonException e) {
            errors.add(label + ": the arguments are not valid JSON; send a JSON object");
            return;
        }
        if (args == null || !args.isObject()) {
            errors.add(label + ": the arguments must be a JSON object");
            return;
        }
        Optional<ToolResult.Failure> invalid = validator.check(schemaKey(tool), tool.inputSchema(), args);
        if (invalid.isPresent()) {
            ToolResult.Failure failure = invalid.get();
            String at = failure.field() == null ? "" : " (first at " + failure.field() + ")";
            errors.add(label + ": invalid arguments" + at + ": " + failure.message() + ". " + failure.hint());
            return;
        }
        ToolFrames.Reading reading = ToolFrames.read(tool.name(), args);
        if (reading.error() != null) {
            errors.add(label + ": " + reading.error());
            return;
        }
        Frame frame = frames.frame(reading.frame(), label + " as " + reading.intent(), errors);
        if (frame != null) out.add(frame);
    }

    /** The validator caches compiled schemas by key: the tool's name and its schema as offered. */
    private static String schemaKey(ToolSpec tool) {
        return "llm:" + tool.name() + ":" + Integer.toHexString(tool.inputSchema().toString().hashCode());
    }

    private String tools() {
        return offer.isEmpty() ? FrameTool.NAME : FrameTool.NAME + " or one of " + offer.names();
    }
}
