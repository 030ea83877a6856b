package io.adcopilot.agent.nlu.llm;

import io.adcopilot.core.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat endpoint for tests: {@code POST /v1/chat/completions} on a random local port, answering
 * each request with the next step of a script and recording every request (body and Authorization header). A
 * request beyond the script gets HTTP 500.
 */
final class ScriptedChatServer implements AutoCloseable {

    /** One scripted answer. */
    @FunctionalInterface
    interface Step {
        void answer(Context ctx) throws Exception;
    }

    /** A recorded request. */
    record Request(JsonNode body, String authorization) {

        /** The messages' contents, joined (tool-call arguments included), to look for words in. */
        String text() {
            return body.path("messages").toString();
        }

        JsonNode message(int i) {
            return body.path("messages").path(i);
        }
    }

    private final Deque<Step> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Javalin app;

    ScriptedChatServer() {
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            c.jetty.host = "127.0.0.1";
            c.routes.post("/v1/chat/completions", this::handle);
        }).start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port() + "/v1";
    }

    ScriptedChatServer then(Step step) {
        synchronized (this) {
            script.add(step);
        }
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(Context ctx) throws Exception {
        Step step;
        synchronized (this) {
            requests.add(new Request(Json.MAPPER.readTree(ctx.body()), ctx.header("Authorization")));
            step = script.poll();
        }
        if (step == null) {
            ctx.status(500).result("{\"error\": {\"message\": \"script exhausted\"}}");
        } else {
            step.answer(ctx);
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        release.countDown();
        app.stop();
    }

    // ---- steps

    /** A response calling report_frames with these arguments (sent as the JSON string the API uses). */
    static Step toolCall(String arguments) {
        return toolCalls(List.of(arguments), 120, 30);
    }

    static Step toolCalls(List<String> arguments, int promptTokens, int completionTokens) {
        return calls(arguments.stream().map(a -> call(FrameTool.NAME, a)).toList(), promptTokens, completionTokens);
    }

    /** A call of the tool {@code name} with these arguments. */
    record Call(String name, String arguments) {}

    static Call call(String name, String arguments) {
        return new Call(name, arguments);
    }

    /** A response calling these tools, in order. */
    static Step calls(Call... calls) {
        return calls(List.of(calls), 150, 40);
    }

    static Step calls(List<Call> toolCalls, int promptTokens, int completionTokens) {
        return ctx -> {
            ObjectNode message = Json.object().put("role", "assistant").putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            for (int i = 0; i < toolCalls.size(); i++) {
                ObjectNode call = calls.addObject().put("id", "call_" + i).put("type", "function");
                call.putObject("function").put("name", toolCalls.get(i).name()).put("arguments", toolCalls.get(i).arguments());
            }
            ctx.contentType("application/json").result(completion(message, "tool_calls", promptTokens, completionTokens));
        };
    }

    /** A response in plain text, without a tool call. */
    static Step text(String content) {
        return ctx -> ctx.contentType("application/json").result(
                completion(Json.object().put("role", "assistant").put("content", content), "stop", 100, 20));
    }

    static Step status(int status) {
        return ctx -> ctx.status(status).contentType("application/json")
                .result("{\"error\": {\"message\": \"scripted failure\", \"type\": \"server_error\"}}");
    }

    /** No answer until the server closes (or 10 s pass): the client must time out. */
    Step hang() {
        return ctx -> {
            release.await(10, TimeUnit.SECONDS);
            ctx.status(503);
        };
    }

    private static String completion(ObjectNode message, String finishReason, int promptTokens, int completionTokens) {
        ObjectNode body = Json.object().put("id", "chatcmpl-test").put("object", "chat.completion")
                .put("created", 1_780_000_000L).put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finishReason);
        body.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return body.toString();
    }
}
