package io.adcopilot.server.api;

import io.adcopilot.agent.Copilot;
import io.adcopilot.agent.UnknownSessionException;
import io.adcopilot.agent.memory.Memory;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.session.Session;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.PendingWrite;
import io.adcopilot.agent.turn.Reply;
import io.adcopilot.agent.turn.TurnListener;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The copilot's conversation API: {@code POST /api/chat} (one turn), {@code POST /api/chat/stream} (the same turn as
 * server-sent events), {@code GET /api/sessions/{id}}, and the advertiser's memories ({@code GET /api/memories},
 * {@code DELETE /api/memories/{id}}).
 */
public final class ChatApi {

    static final int MAX_TEXT = 2000;
    private static final String EXPECTED = "{\"text\": \"昨天花了多少钱\", \"session\"?: \"<id from an earlier reply>\"}";
    private static final Logger LOG = LoggerFactory.getLogger(ChatApi.class);

    private final Copilot copilot;
    private final Callers callers;

    public ChatApi(Copilot copilot, Callers callers) {
        this.copilot = copilot;
        this.callers = callers;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/chat", this::chat);
        routes.post("/api/chat/stream", this::stream);
        routes.get("/api/sessions/{id}", this::session);
        routes.get("/api/memories", this::memories);
        routes.delete("/api/memories/{id}", this::forget);
    }

    private record Request(Principal principal, Optional<String> session, String text) {}

    private Request request(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        JsonNode body = JsonBodies.object(ctx, EXPECTED);
        String text = JsonBodies.text(body, "text", MAX_TEXT, "what the user said");
        JsonNode session = body.path("session");
        if (!session.isMissingNode() && !session.isNull() && !session.isString()) {
            throw ApiError.badRequest("session", "session must be the id string of an earlier reply, or left out");
        }
        return new Request(principal, Optional.ofNullable(session.isString() ? session.asString() : null), text);
    }

    private Reply turn(Request request, TurnListener listener) {
        try {
            return copilot.handle(request.principal(), request.session(), request.text(), listener);
        } catch (UnknownSessionException e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    private void chat(Context ctx) {
        ctx.json(json(turn(request(ctx), TurnListener.NONE)));
    }

    /** Events: {@code frame} for each step understood, {@code answer} when the answer is ready, {@code reply} last. */
    private void stream(Context ctx) throws IOException {
        Request request = request(ctx);
        if (request.session().isPresent() && copilot.session(request.principal(), request.session().get()).isEmpty()) {
            throw ApiError.notFound(new UnknownSessionException(request.session().get()).getMessage());
        }
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        try {
            Reply reply = turn(request, new TurnListener() {
                @Override
                public void understood(Frame frame) {
                    send(out, "frame", NluApi.json(frame));
                }

                @Override
                public void answered(Answer answer) {
                    send(out, "answer", answerJson(answer));
                }
            });
            send(out, "reply", json(reply));
        } catch (RuntimeException e) {
            LOG.error("streamed turn failed", e);
            send(out, "error", Json.object().put("message", "the turn failed; it has been logged"));
        }
    }

    private static void send(OutputStream out, String event, JsonNode data) {
        try {
            out.write(("event: " + event + "\ndata: " + Json.MAPPER.writeValueAsString(data) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }

    private void session(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        Session session = copilot.session(principal, ctx.pathParam("id"))
                .orElseThrow(() -> ApiError.notFound("no session " + ctx.pathParam("id") + " for this advertiser"));
        ObjectNode out = Json.object().put("session", session.id());
        out.set("turns", Json.MAPPER.valueToTree(session.turns()));
        session.state().pendingWrite().ifPresent(w -> out.set("confirmation", confirmation(w)));
        ctx.json(out);
    }

    private void memories(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        ctx.json(Map.of("items", copilot.memory().list(principal.advertiserId()).stream().map(ChatApi::memoryJson).toList()));
    }

    private void forget(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        if (!copilot.memory().forget(principal.advertiserId(), ctx.pathParam("id"))) {
            throw ApiError.notFound("no memory " + ctx.pathParam("id") + " for this advertiser");
        }
        ctx.status(204);
    }

    private static ObjectNode memoryJson(Memory m) {
        ObjectNode out = Json.object().put("id", m.id()).put("kind", m.kind()).put("text", m.text())
                .put("created_at", m.createdAt().toString());
        out.set("defaults", Json.MAPPER.valueToTree(m.defaults()));
        return out;
    }

    /** A reply as {@code /api/chat} answers it. */
    public static ObjectNode json(Reply reply) {
        ObjectNode out = Json.object().put("session", reply.sessionId());
        out.set("reply", answerJson(reply.answer()));
        out.set("frame", NluApi.json(reply.frame()));
        reply.confirmation().ifPresent(w -> out.set("confirmation", confirmation(w)));
        if (!reply.choices().isEmpty()) out.set("choices", Json.MAPPER.valueToTree(reply.choices()));
        out.put("trace_id", reply.traceId());
        return out;
    }

    private static ObjectNode answerJson(Answer answer) {
        ObjectNode out = Json.object().put("text", answer.text());
        if (answer.table() != null) out.set("table", Json.MAPPER.valueToTree(answer.table()));
        if (answer.chart() != null) out.set("chart", answer.chart());
        if (!answer.citations().isEmpty()) out.set("citations", Json.MAPPER.valueToTree(answer.citations()));
        return out;
    }

    private static ObjectNode confirmation(PendingWrite write) {
        ObjectNode out = Json.object().put("token", write.token()).put("tool", write.tool())
                .put("expires_at", write.expiresAt().toString());
        out.set("preview", Json.MAPPER.valueToTree(write.preview()));
        return out;
    }
}
