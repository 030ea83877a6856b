package io.adcopilot.agent.nlu.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to the model and what came of it: the model is made to call {@code report_frames}, its answer is
 * read into frames, and the request's tokens, latency and outcome go to the listener and the list of calls.
 */
final class FrameRequests {

    /** The model's answer and its reading, or why there was none. */
    record Reply(AiMessage answer, FrameReader.Reading reading, String failure) {}

    private final ChatModel model;
    private final String modelName;
    private final LlmListener listener;

    FrameRequests(ChatModel model, String modelName, LlmListener listener) {
        this.model = model;
        this.modelName = modelName;
        this.listener = listener;
    }

    Reply send(List<ChatMessage> messages, FrameReader reader, int round, List<LlmCallStats> calls) {
        ChatRequest request = ChatRequest.builder()
                .messages(messages)
                .toolSpecifications(FrameTool.SPECIFICATION)
                .toolChoice(ToolChoice.REQUIRED)
                .build();
        long start = System.nanoTime();
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RuntimeException e) {
            LlmCallStats.Outcome outcome = isTimeout(e) ? LlmCallStats.Outcome.TIMEOUT : LlmCallStats.Outcome.ERROR;
            record(new LlmCallStats(modelName, 0, 0, millisSince(start), outcome, round), calls);
            return new Reply(null, null, outcome.name().toLowerCase() + ": " + e.getMessage());
        }
        long latency = millisSince(start);
        FrameReader.Reading reading = read(response.aiMessage(), reader);
        TokenUsage usage = response.tokenUsage();
        record(new LlmCallStats(modelName, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()), latency,
                reading.valid() ? LlmCallStats.Outcome.VALID : LlmCallStats.Outcome.INVALID, round), calls);
        return new Reply(response.aiMessage(), reading, null);
    }

    /** The frames of the tool calls; a model that answered in text instead may still have written the JSON. */
    private static FrameReader.Reading read(AiMessage answer, FrameReader reader) {
        if (answer.hasToolExecutionRequests()) {
            return reader.read(answer.toolExecutionRequests().stream().map(ToolExecutionRequest::arguments).toList());
        }
        String text = answer.text() == null ? "" : answer.text();
        FrameReader.Reading reading = reader.read(List.of(text));
        if (reading.valid()) return reading;
        List<String> errors = new ArrayList<>();
        errors.add("answer by calling the tool " + FrameTool.NAME + ", not in text");
        errors.addAll(reading.errors());
        return new FrameReader.Reading(List.of(), errors);
    }

    /**
     * What the repair round adds to the conversation: the model's answer and the errors, as the results of its tool
     * calls when it made calls with ids (the protocol's way), else as its text and a user message.
     */
    static List<ChatMessage> repairMessages(AiMessage answer, List<String> errors) {
        String feedback = NluPrompt.repair(errors);
        List<ToolExecutionRequest> requests = answer.hasToolExecutionRequests() ? answer.toolExecutionRequests() : List.of();
        if (!requests.isEmpty() && requests.stream().allMatch(r -> r.id() != null && !r.id().isBlank())) {
            List<ChatMessage> out = new ArrayList<>();
            out.add(answer);
            requests.forEach(r -> out.add(ToolExecutionResultMessage.from(r, feedback)));
            return out;
        }
        String said = requests.isEmpty() ? answer.text()
                : FrameTool.NAME + "(" + String.join(", ", requests.stream().map(ToolExecutionRequest::arguments).toList()) + ")";
        return List.of(AiMessage.from(said == null || said.isBlank() ? "(no answer)" : said), UserMessage.from(feedback));
    }

    private void record(LlmCallStats stats, List<LlmCallStats> calls) {
        calls.add(stats);
        listener.onCall(stats);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
