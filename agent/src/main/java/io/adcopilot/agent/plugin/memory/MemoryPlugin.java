package io.adcopilot.agent.plugin.memory;

import io.adcopilot.agent.memory.Memory;
import io.adcopilot.agent.memory.MemoryService;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.dataset.Datasets;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.turn.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Long-term memory in conversation: remember what the advertiser asks to be remembered (preferences that set
 * defaults, facts), list it, forget one thing or everything. The thing to remember or forget is the free-form slot
 * {@code note}, which the NLU engine's trainable tagger learns from this plugin's examples.
 */
public final class MemoryPlugin implements Plugin {

    public static final String NOTE = "note";
    private final MemoryService memory;

    public MemoryPlugin(MemoryService memory) {
        this.memory = memory;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(
                new IntentSpec("remember_preference", "Remember a preference or fact about the advertiser.",
                        Datasets.readResource("/nlu/examples/remember_preference.jsonl"), Set.of(NOTE)),
                new IntentSpec("list_memories", "List what the copilot remembers.",
                        Datasets.readResource("/nlu/examples/list_memories.jsonl"), Set.of()),
                new IntentSpec("forget_memory", "Forget one remembered thing, or everything.",
                        Datasets.readResource("/nlu/examples/forget_memory.jsonl"), Set.of(NOTE)));
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        Language lang = ctx.language();
        String advertiser = ctx.principal().advertiserId();
        String note = frame.slots().text(NOTE).orElse(text);
        return switch (frame.intent()) {
            case "remember_preference" -> {
                Memory m = memory.remember(advertiser, note);
                String effect = m.defaults().isEmpty() ? "" : lang.pick("以后没指定时会默认按这个来。", " I'll use it as the default when you don't say otherwise.");
                yield answered(lang.pick("好的，记住了：「" + m.text() + "」。" + effect, "Got it, I'll remember: \"" + m.text() + "\"." + effect));
            }
            case "list_memories" -> list(advertiser, lang);
            default -> forget(advertiser, frame.slots().text(NOTE), lang);
        };
    }

    private StepOutcome list(String advertiser, Language lang) {
        List<Memory> all = memory.list(advertiser);
        if (all.isEmpty()) return answered(lang.pick("我还没有记住任何偏好。", "I haven't remembered anything yet."));
        StringJoiner items = new StringJoiner(lang.pick("；", "; "));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Memory m : all) {
            items.add(m.text());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.id());
            row.put("text", m.text());
            row.put("kind", m.kind());
            row.put("created_at", m.createdAt().toString());
            rows.add(row);
        }
        Table table = new Table(List.of(new Table.Column("text", lang.pick("内容", "what")),
                new Table.Column("kind", lang.pick("类型", "kind")), new Table.Column("created_at", lang.pick("时间", "when"))), rows);
        return new StepOutcome.Answered(new Answer(lang.pick("我记得：", "I remember: ") + items + lang.pick("。", "."),
                table, null, List.of()), List.of(), List.of());
    }

    private StepOutcome forget(String advertiser, java.util.Optional<String> note, Language lang) {
        if (note.isEmpty()) {
            int removed = memory.forgetAll(advertiser);
            return answered(lang.pick("已清空，删除了 " + removed + " 条记忆。", "Done: I forgot all " + removed + " things I remembered."));
        }
        List<Memory> closest = memory.closest(advertiser, note.get(), 1);
        if (closest.isEmpty()) return answered(lang.pick("没有找到和「" + note.get() + "」相关的记忆。", "I don't remember anything like \"" + note.get() + "\"."));
        memory.forget(advertiser, closest.get(0).id());
        return answered(lang.pick("已忘掉：「" + closest.get(0).text() + "」。", "Forgotten: \"" + closest.get(0).text() + "\"."));
    }

    private static StepOutcome answered(String text) {
        return new StepOutcome.Answered(Answer.text(text), List.of(), List.of());
    }
}
