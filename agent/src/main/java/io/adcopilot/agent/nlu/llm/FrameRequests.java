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
 * One request to the model and what came of it: the model is made to call a tool ({@code report_frames}, or an
 * offered gateway tool), its answer is read into frames, and the request's tokens, latency and outcome go to the
 * listener and the list of calls.
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

    Reply send(List<ChatMessage> messages, AnswerReader reader, int round, List<LlmCallStats> calls) {
        ChatRequest request = ChatRequest.builder()
                .messages(messages)
                .toolSpecifications(reader.offer().specifications())
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
        FrameReader.Reading reading = reader.read(response.aiMessage());
        TokenUsage usage = response.tokenUsage();
        record(new LlmCallStats(modelName, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()), latency,
                reading.valid() ? LlmCallStats.Outcome.VALID : LlmCallStats.Outcome.INVALID, round), calls);
        return new Reply(response.aiMessage(), reading, null);
    }

    /**
     * What the repair round adds to the conversation: the model's answer and the errors, as the results of its tool
     * calls when it made calls with ids (the protocol's way), else as its text and a user message. Every call's
     * result holds all the errors: the answer is read again as a whole, so the model must make every call again.
     */
    static List<ChatMessage> repairMessages(AiMessage answer, List<String> errors, ToolOffer offer) {
        String feedback = offer.isEmpty() ? NluPrompt.repair(errors) : NluPrompt.repair(errors, offer.names());
        List<ToolExecutionRequest> requests = answer.hasToolExecutionRequests() ? answer.toolExecutionRequests() : List.of();
        if (!requests.isEmpty() && requests.stream().allMatch(r -> r.id() != null && !r.id().isBlank())) {
            List<ChatMessage> out = new ArrayList<>();
            out.add(answer);
            requests.forEach(r -> out.add(ToolExecutionResultMessage.from(r, feedback)));
            return out;
        }
        String said = requests.isEmpty() ? answer.text()
                : String.join("\n", requests.stream().map(r -> r.name() + "(" + r.arguments() + ")").toList());
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
