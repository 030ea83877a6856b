package io.adcopilot.agent;

import io.adcopilot.agent.dialogue.ClarificationAnswers;
import io.adcopilot.agent.dialogue.Confirmations;
import io.adcopilot.agent.memory.MemoryService;
import io.adcopilot.agent.memory.Preferences;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.plan.RankedReferences;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.PluginRegistry;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.plugin.ToolCaller;
import io.adcopilot.agent.reflect.FailureWording;
import io.adcopilot.agent.semantic.Dimensions;
import io.adcopilot.agent.reflect.NumberGuard;
import io.adcopilot.agent.session.DialogueState;
import io.adcopilot.agent.session.Session;
import io.adcopilot.agent.session.SessionStore;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Clarification;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.turn.PendingWrite;
import io.adcopilot.agent.turn.Reply;
import io.adcopilot.agent.turn.TurnListener;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.core.trace.Span;
import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.Tracer;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One conversation turn, start to end: the session's state decides first (a pending change is confirmed or
 * cancelled, a pending question answered); otherwise the NLU engine understands the utterance as one or more steps
 * (a plan), each handled by its intent's plugin through the gateway; the answer's numbers are checked against the
 * turn's tool results; the reply, the new state and the turns are saved. Every stage is a span of the turn's trace.
 */
public final class Copilot {

    private static final int HISTORY = 6;
    /** Intents that say nothing about the advertiser's data: the next turn carries over from the frame before. */
    private static final java.util.Set<String> CHATTER = java.util.Set.of("smalltalk", "out_of_scope");
    private static final Logger LOG = LoggerFactory.getLogger(Copilot.class);

    private final NluEngine nlu;
    private final PluginRegistry plugins;
    private final SessionStore sessions;
    private final ToolGateway gateway;
    private final MemoryService memory;
    private final Tracer tracer;
    private final Clock clock;

    public Copilot(NluEngine nlu, PluginRegistry plugins, SessionStore sessions, ToolGateway gateway,
                   MemoryService memory, Tracer tracer, Clock clock) {
        this.nlu = nlu;
        this.plugins = plugins;
        this.sessions = sessions;
        this.gateway = gateway;
        this.memory = memory;
        this.tracer = tracer;
        this.clock = clock;
    }

    public Reply handle(Principal principal, Optional<String> sessionId, String text, TurnListener listener) {
        Session session = sessionId.isEmpty() ? sessions.create(principal.advertiserId())
                : session(principal, sessionId.get()).orElseThrow(() -> new UnknownSessionException(sessionId.get()));
        Language lang = Language.of(text, session.turns().stream().filter(Turn::byUser).reduce((a, b) -> b)
                .map(Turn::text).orElse(null));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(NluContext.PLATFORM_ZONE));
        try (Span turn = tracer.start("turn", SpanKind.TURN)) {
            turn.set("session.id", session.id()).set("advertiser.id", principal.advertiserId()).set("input.text", text);
            ToolCaller tools = new ToolCaller(gateway, principal, turn);
            DialogueState state = session.state();
            Outcome outcome = null;

            if (state.pendingWrite().isPresent()) {
                PendingWrite pending = state.pendingWrite().get();
                Confirmations.Reply said = Confirmations.read(text, pending.token());
                try (Span dialogue = turn.child("dialogue", SpanKind.DIALOGUE)) {
                    dialogue.set("dialogue.pending", "confirmation").set("dialogue.reply", said.name().toLowerCase());
                }
                if (said == Confirmations.Reply.CONFIRM) {
                    outcome = apply(pending, tools, lang, state);
                } else if (said == Confirmations.Reply.CANCEL) {
                    outcome = new Outcome(Answer.text(lang.pick("好的，已取消，没有做任何修改。", "Cancelled; nothing was changed.")),
                            state.lastFrame().orElse(frameOf("update_status")), new DialogueState(state.lastFrame(),
                            Optional.empty(), Optional.empty()), Optional.empty(), List.of());
                }
            } else if (state.pendingClarification().isPresent()) {
                Clarification question = state.pendingClarification().get();
                Optional<Frame> completed = ClarificationAnswers.complete(question, text);
                try (Span dialogue = turn.child("dialogue", SpanKind.DIALOGUE)) {
                    dialogue.set("dialogue.pending", "clarification").set("dialogue.slot", question.slot())
                            .set("dialogue.answered", completed.isPresent());
                }
                if (completed.isPresent()) {
                    outcome = run(List.of(completed.get()), text, principal, now, lang, tools, turn, state, listener);
                } else if (Confirmations.read(text, null) == Confirmations.Reply.CANCEL) {
                    outcome = new Outcome(Answer.text(lang.pick("好的，那就先不改了。", "OK, let's leave it.")),
                            question.frame(), new DialogueState(state.lastFrame(), Optional.empty(), Optional.empty()),
                            Optional.empty(), List.of());
                }
            }
            if (outcome == null && state.pendingWrite().isEmpty() && Confirmations.explicit(text)) {
                outcome = new Outcome(Answer.text(lang.pick("现在没有等待确认的修改。需要改什么，直接告诉我就好。",
                        "There is no change waiting for confirmation. Tell me what you'd like to change.")),
                        state.lastFrame().orElse(frameOf("smalltalk")), new DialogueState(state.lastFrame(),
                        Optional.empty(), Optional.empty()), Optional.empty(), List.of());
            }
            boolean understood = outcome == null;
            if (outcome == null) {
                List<Frame> steps;
                try (Span span = turn.child("nlu", SpanKind.NLU); var current = span.makeCurrent()) {
                    List<Turn> history = session.turns().subList(Math.max(0, session.turns().size() - 2 * HISTORY),
                            session.turns().size());
                    steps = RankedReferences.prepare(nlu.plan(text, new NluContext(principal, now, history,
                            state.lastFrame())), text);
                    Frame first = steps.get(0);
                    span.set("nlu.engine", nlu.name()).set("nlu.intent", first.intent())
                            .set("nlu.confidence", first.confidence())
                            .set("nlu.slots", Json.MAPPER.writeValueAsString(first.slots().toJson()))
                            .set("nlu.steps", steps.size());
                }
                if (steps.size() > 1) {
                    try (Span plan = turn.child("plan", SpanKind.PLAN)) {
                        plan.set("plan.steps", steps.stream().map(Frame::intent).toList().toString());
                    }
                }
                DialogueState kept = new DialogueState(state.lastFrame(), state.pendingWrite(), Optional.empty());
                outcome = run(steps, text, principal, now, lang, tools, turn, kept, listener);
                if (state.pendingWrite().isPresent() && outcome.state().pendingWrite().equals(state.pendingWrite())) {
                    outcome = outcome.withNote(lang.pick("（还有一个修改在等你确认：回复「确认」执行或「取消」放弃。）",
                            " (A change is still waiting for you: reply \"confirm\" or \"cancel\".)"));
                }
            }

            Answer answer = outcome.answer();
            try (Span check = turn.child("answer", SpanKind.ANSWER)) {
                List<JsonNode> evidence = new ArrayList<>(tools.results());
                evidence.addAll(outcome.evidence());
                NumberGuard.Checked checked = NumberGuard.check(answer.text(), evidence, text,
                        lang.pick("（有数字无法与本轮查询结果核对，已省略。）", "(Some numbers could not be checked against this turn's results and were left out.)"));
                if (!checked.ungrounded().isEmpty()) {
                    check.set("answer.ungrounded_numbers", checked.ungrounded().toString());
                    LOG.warn("trace {}: numbers without a source {} left out of the answer: {}", turn.traceId(), checked.ungrounded(), answer.text());
                    answer = new Answer(checked.text(), answer.table(), answer.chart(), answer.citations());
                }
                check.set("answer.text", answer.text()).set("answer.has_table", answer.table() != null)
                        .set("answer.has_chart", answer.chart() != null);
            }
            listener.answered(answer);
            turn.set("intent", outcome.frame().intent()).set("confidence", outcome.frame().confidence())
                    .set("slots", Json.MAPPER.writeValueAsString(outcome.frame().slots().toJson()))
                    .set("engine", understood ? nlu.name() : "dialogue").set("turn.outcome", outcome.result());
            outcome.failure().ifPresent(turn::fail);
            sessions.record(session.id(), text, answer.text(), turn.traceId(), outcome.state());
            return new Reply(session.id(), answer, outcome.frame(), outcome.confirmation(), outcome.choices(), turn.traceId());
        }
    }

    /** A session of this advertiser (another advertiser's session is as good as absent). */
    public Optional<Session> session(Principal principal, String sessionId) {
        return sessions.find(sessionId).filter(s -> s.advertiserId().equals(principal.advertiserId()));
    }

    public MemoryService memory() {
        return memory;
    }

    /** What a turn came to, before it is checked and saved. */
    private record Outcome(Answer answer, Frame frame, DialogueState state, Optional<PendingWrite> confirmation,
                           List<Frame.Candidate> choices, List<JsonNode> evidence, Optional<String> failure) {
        Outcome(Answer answer, Frame frame, DialogueState state, Optional<PendingWrite> confirmation,
                List<Frame.Candidate> choices) {
            this(answer, frame, state, confirmation, choices, List.of(), Optional.empty());
        }

        Outcome withNote(String note) {
            return new Outcome(new Answer(answer.text() + note, answer.table(), answer.chart(), answer.citations()),
                    frame, state, confirmation, choices, evidence, failure);
        }

        /** What the turn came to, for the trace: answered, confirmation, clarification or failed. */
        String result() {
            return failure.isPresent() ? "failed" : confirmation.isPresent() ? "confirmation"
                    : state.pendingClarification().isPresent() ? "clarification" : "answered";
        }
    }

    private Outcome run(List<Frame> steps, String text, Principal principal, ZonedDateTime now, Language lang,
                        ToolCaller tools, Span turn, DialogueState state, TurnListener listener) {
        Preferences preferences = memory.recall(principal.advertiserId(), text);
        List<StepOutcome> done = new ArrayList<>();
        StringJoiner texts = new StringJoiner("\n");
        Answer shown = null;
        List<Answer.Citation> citations = new ArrayList<>();
        Optional<PendingWrite> pendingWrite = state.pendingWrite();
        Optional<Clarification> question = Optional.empty();
        Frame last = steps.get(steps.size() - 1);
        for (Frame frame : steps) {
            listener.understood(frame);
            Plugin plugin = plugins.pluginFor(frame.intent()).orElseThrow(() ->
                    new IllegalStateException("no plugin serves intent " + frame.intent()));
            StepOutcome outcome;
            if (!frame.ambiguities().isEmpty()) {
                outcome = whichOne(frame, frame.ambiguities().get(0), lang);
                done.add(outcome);
                texts.add(outcome.answer().text());
                last = frame;
                question = Optional.of(((StepOutcome.AwaitingClarification) outcome).clarification());
                break;
            }
            try (Span span = turn.child("plugin " + plugin.name(), SpanKind.PLUGIN)) {
                span.set("plugin.name", plugin.name()).set("plugin.intent", frame.intent());
                outcome = plugin.handle(frame, text, new StepContext(principal, now, lang, tools, done, preferences));
                span.set("plugin.outcome", outcome.getClass().getSimpleName());
                if (outcome instanceof StepOutcome.Failed f) span.fail(f.code());
            }
            done.add(outcome);
            texts.add(outcome.answer().text());
            if (outcome.answer().table() != null || outcome.answer().chart() != null) shown = outcome.answer();
            citations.addAll(outcome.answer().citations());
            last = frame;
            if (outcome instanceof StepOutcome.AwaitingConfirmation c) {
                pendingWrite = Optional.of(c.write());
                break;
            }
            if (outcome instanceof StepOutcome.AwaitingClarification c) {
                question = Optional.of(c.clarification());
                break;
            }
        }
        Answer answer = new Answer(texts.toString(), shown == null ? null : shown.table(),
                shown == null ? null : shown.chart(), citations);
        Frame remembered = CHATTER.contains(last.intent()) ? state.lastFrame().orElse(last) : last;
        Optional<PendingWrite> confirmation = done.get(done.size() - 1) instanceof StepOutcome.AwaitingConfirmation c
                ? Optional.of(c.write()) : Optional.empty();
        List<Frame.Candidate> choices = question.map(Clarification::options).orElse(List.of());
        return new Outcome(answer, last, new DialogueState(Optional.of(remembered), pendingWrite, question),
                confirmation, choices, done.stream().flatMap(o -> o.evidence().stream()).toList(),
                done.stream().filter(o -> o instanceof StepOutcome.Failed).map(o -> ((StepOutcome.Failed) o).code())
                        .findFirst());
    }

    /** A mention that fits several entities: ask which one, naming them. */
    private static StepOutcome whichOne(Frame frame, Frame.Ambiguity ambiguity, Language lang) {
        String kind = Dimensions.label(ambiguity.slot(), lang);
        List<String> names = ambiguity.candidates().stream().map(Frame.Candidate::name).toList();
        String options = names.size() <= 3
                ? lang.pick("「" + String.join("」还是「", names) + "」？", String.join(" or ", names) + "?")
                : lang.pick("是「" + String.join("」「", names) + "」中的哪一个？", "Which of: " + String.join(", ", names) + "?");
        String question = lang.pick("你说的「" + ambiguity.mention() + "」对应多个" + kind + "，是哪一个：" + options,
                "\"" + ambiguity.mention() + "\" matches several " + kind + "s: " + options);
        return new StepOutcome.AwaitingClarification(Answer.text(question),
                new Clarification(frame, ambiguity.slot(), ambiguity.candidates(), question));
    }

    /** Applies a confirmed change: the same call with its token, once (the token is also the idempotency key). */
    private Outcome apply(PendingWrite pending, ToolCaller tools, Language lang, DialogueState state) {
        ObjectNode args = ((ObjectNode) pending.arguments()).deepCopy();
        args.put(OpenApiImporter.CONFIRMATION_TOKEN, pending.token());
        if (pending.preview().acknowledgementRequired()) args.put(OpenApiImporter.ACKNOWLEDGE_WARNINGS, true);
        ToolResult result = tools.call(pending.tool(), args, Optional.of(pending.token()));
        DialogueState cleared = new DialogueState(state.lastFrame(), Optional.empty(), Optional.empty());
        Frame frame = state.lastFrame().orElse(frameOf("update_status"));
        String name = pending.preview().entityName() == null ? pending.preview().entityId() : pending.preview().entityName();
        if (result instanceof ToolResult.Success s) {
            StringJoiner changes = new StringJoiner(lang.pick("，", ", "));
            pending.preview().changes().forEach(c -> changes.add(describe(c.field(), s.content().get(c.field()), lang)));
            return new Outcome(Answer.text(lang.pick("已完成：「" + name + "」" + changes + "。", "Done: " + name + " " + changes + ".")),
                    frame, cleared, Optional.empty(), List.of());
        }
        var f = (ToolResult.Failure) result;
        return new Outcome(Answer.text(lang.pick("没有执行：", "Not applied: ") + FailureWording.of(f, lang)), frame, cleared,
                Optional.empty(), List.of(), List.of(), Optional.of(f.code()));
    }

    private static String describe(String field, JsonNode value, Language lang) {
        String shown = value == null ? "—" : value.isNumber() ? "¥" + value.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString() : value.asString().equals("paused") ? lang.pick("已暂停", "paused")
                : value.asString().equals("active") ? lang.pick("已开启", "active") : value.asString();
        return switch (field) {
            case "daily_budget" -> lang.pick("日预算现在是 ", "daily budget is now ") + shown;
            case "bid" -> lang.pick("出价现在是 ", "bid is now ") + shown;
            case "status" -> lang.pick("状态：", "status: ") + shown;
            default -> field + " " + shown;
        };
    }

    private static Frame frameOf(String intent) {
        return new Frame(intent, Slots.NONE, 1.0);
    }
}
