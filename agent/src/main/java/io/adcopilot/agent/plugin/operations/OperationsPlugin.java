package io.adcopilot.agent.plugin.operations;

import io.adcopilot.agent.plan.RankedReferences;
import io.adcopilot.agent.semantic.Metrics;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.nlu.embedded.CatalogSource;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.reflect.FailureWording;
import io.adcopilot.agent.semantic.Format;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Clarification;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.turn.PendingWrite;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Preview;
import io.adcopilot.core.tool.ToolResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Campaign operations (update_budget, update_bid, update_status) through the gateway's write protocol: the target
 * entity and value are worked out (percentages and increments from the current value), the gateway previews the
 * change and issues a token, and the answer shows before → after and any warnings; nothing changes until the user
 * confirms. A missing entity, amount or status is asked for; "the worst one" refers to an earlier step's ranking.
 */
public final class OperationsPlugin implements Plugin {


    private final CatalogSource catalogs;

    public OperationsPlugin(CatalogSource catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public String name() {
        return "campaign_operations";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(
                spec("update_budget", "Change a campaign's daily budget."),
                spec("update_bid", "Change an ad group's bid."),
                spec("update_status", "Pause or resume a campaign, ad group or creative."));
    }

    private static IntentSpec spec(String intent, String description) {
        return new IntentSpec(intent, description, BuiltInExamples.all().stream()
                .filter(i -> i.intent().equals(intent)).toList(), SlotNames.of(intent));
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        Language lang = ctx.language();
        String kind = switch (frame.intent()) {
            case "update_budget" -> SlotNames.CAMPAIGN;
            case "update_bid" -> SlotNames.AD_GROUP;
            default -> SlotNames.ENTITIES.stream().filter(k -> frame.slots().has(k)).findFirst()
                    .or(() -> frame.ambiguities().stream().map(Frame.Ambiguity::slot).findFirst())
                    .orElse(SlotNames.CAMPAIGN);
        };
        List<String> ids = frame.slots().list(kind);
        Optional<StepOutcome.RankedEntity> ranked = ids.isEmpty() ? fromEarlierStep(text, kind, ctx) : Optional.empty();
        String id = ids.isEmpty() ? ranked.map(StepOutcome.RankedEntity::id).orElse(null) : ids.get(0);
        if (id == null) {
            List<Frame.Candidate> options = catalogs.catalogFor(ctx.principal()).entities().stream()
                    .filter(e -> e.kind().equals(kind)).map(e -> new Frame.Candidate(e.id(), e.name())).toList();
            return ask(frame, kind, options, lang.pick("要修改哪个" + kindName(kind, lang) + "？",
                    "Which " + kindName(kind, lang) + " should I change?"));
        }
        String note = ids.size() > 1 ? lang.pick("（一次改一个，先改第一个）", " (one change at a time, the first one first)")
                : ranked.map(r -> chosen(r, text, lang)).orElse("");
        return switch (frame.intent()) {
            case "update_budget" -> amountChange(frame, id, "getCampaign", "updateCampaign", "daily_budget",
                    SlotNames.BUDGET, ctx, note);
            case "update_bid" -> amountChange(frame, id, "getAdGroup", "updateAdGroup", "bid", SlotNames.BID, ctx, note);
            default -> statusChange(frame, kind, id, ctx, note);
        };
    }

    private StepOutcome amountChange(Frame frame, String id, String read, String write, String field, String slot,
                                     StepContext ctx, String note) {
        Language lang = ctx.language();
        Optional<Amount> amount = frame.slots().amount(slot);
        if (amount.isEmpty()) {
            return ask(frame, slot, List.of(), lang.pick(field.equals("bid") ? "要把出价调整到多少？" : "要把日预算调整到多少？",
                    field.equals("bid") ? "What should the bid be?" : "What should the daily budget be?"));
        }
        ToolResult current = ctx.tools().call(read, Json.object().put("id", id));
        if (!(current instanceof ToolResult.Success entity)) return failed(current, lang);
        BigDecimal before = entity.content().path(field).decimalValue();
        BigDecimal after = target(amount.get(), before);
        ObjectNode args = Json.object().put("id", id).put(field, after);
        String name = entity.content().path("name").asString(id);
        ToolResult result = ctx.tools().call(write, args);
        if (result instanceof ToolResult.Failure f && (field.equals(f.field()) || f.code().equals("guardrail_refused"))) {
            String what = lang.pick(field.equals("bid") ? "出价" : "日预算", field.equals("bid") ? "bid" : "daily budget");
            return ask(frame.withSlots(frame.slots().without(slot)), slot, List.of(), lang.pick(
                    "「" + name + "」的" + what + "没法改成 ¥" + after.toPlainString() + "：" + FailureWording.of(f, lang)
                            + "要改成多少？",
                    "I can't set the " + what + " of " + name + " to ¥" + after.toPlainString() + ": "
                            + FailureWording.of(f, lang) + " What should it be instead?"));
        }
        return preview(result, write, args, name, ctx, note);
    }

    private StepOutcome statusChange(Frame frame, String kind, String id, StepContext ctx, String note) {
        Language lang = ctx.language();
        Optional<String> status = frame.slots().text(SlotNames.STATUS);
        if (status.isEmpty()) {
            return ask(frame, SlotNames.STATUS, List.of(new Frame.Candidate("paused", lang.pick("暂停", "pause")),
                    new Frame.Candidate("active", lang.pick("开启", "resume"))), lang.pick("要暂停还是开启？",
                    "Pause it or resume it?"));
        }
        String read = switch (kind) {
            case SlotNames.AD_GROUP -> "getAdGroup";
            case SlotNames.CREATIVE -> "getCreative";
            default -> "getCampaign";
        };
        ToolResult current = ctx.tools().call(read, Json.object().put("id", id));
        if (!(current instanceof ToolResult.Success entity)) return failed(current, lang);
        String name = entity.content().path("name").asString(id);
        if (entity.content().path("status").asString().equals(status.get())) {
            return new StepOutcome.Answered(Answer.text(lang.pick("「" + name + "」已经是" + statusName(status.get(), lang)
                    + "状态，不需要修改。", name + " is already " + statusName(status.get(), lang) + "; nothing to change.")),
                    ctx.tools().results(), List.of());
        }
        String write = read.replace("get", "update");
        ObjectNode args = Json.object().put("id", id).put("status", status.get());
        return preview(ctx.tools().call(write, args), write, args, name, ctx, note);
    }

    private StepOutcome preview(ToolResult result, String tool, ObjectNode args, String name, StepContext ctx, String note) {
        Language lang = ctx.language();
        if (!(result instanceof ToolResult.ConfirmationRequired pending)) return failed(result, lang);
        StringBuilder text = new StringBuilder(lang.pick("将修改「" + name + "」" + note + "：", "This will change " + name + note + ": "));
        for (Preview.FieldChange c : pending.preview().changes()) {
            text.append(fieldName(c.field(), lang)).append(" ").append(value(c.field(), c.current(), lang)).append(" → ")
                    .append(value(c.field(), c.proposed(), lang));
            if (c.changePercent() != null) text.append("（").append(Format.change(BigDecimal.valueOf(c.changePercent()))).append("）");
            text.append(lang.pick("；", "; "));
        }
        for (Preview.Warning w : pending.preview().warnings()) text.append("⚠ ").append(w.message()).append(lang.pick("；", "; "));
        text.append(lang.pick("回复「确认」执行，回复「取消」放弃。", "Reply \"confirm\" to apply it or \"cancel\" to drop it."));
        var write = new PendingWrite(tool, args, pending.preview(), pending.confirmationToken(), pending.expiresAt());
        return new StepOutcome.AwaitingConfirmation(Answer.text(text.toString()), write, ctx.tools().results());
    }

    /** The value a change sets: set as said, or the current value moved by an amount or a percentage. */
    static BigDecimal target(Amount amount, BigDecimal current) {
        BigDecimal delta = amount.unit() == Amount.Unit.PERCENT
                ? current.multiply(amount.value()).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)
                : amount.value();
        BigDecimal value = switch (amount.op()) {
            case SET -> amount.unit() == Amount.Unit.PERCENT ? delta : amount.value();
            case INCREASE -> current.add(delta);
            case DECREASE -> current.subtract(delta);
        };
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Why this entity: " (by CPA the worst: ¥164.00)", its value from the earlier step's report. */
    private static String chosen(StepOutcome.RankedEntity r, String text, Language lang) {
        boolean worst = RankedReferences.WORST.matcher(text).find();
        String measure = Metrics.of(r.metric()).label(lang);
        String value = Format.metric(r.metric(), BigDecimal.valueOf(r.value()));
        return lang.pick("（按" + measure + "，" + (worst ? "表现最差" : "表现最好") + "：" + value + "）",
                " (by " + measure + ", the " + (worst ? "worst" : "best") + ": " + value + ")");
    }

    /** "Pause the worst one": the worst (or best) entity of the kind that an earlier step of this turn ranked. */
    private static Optional<StepOutcome.RankedEntity> fromEarlierStep(String text, String kind, StepContext ctx) {
        boolean worst = RankedReferences.WORST.matcher(text).find();
        if (!worst && !RankedReferences.BEST.matcher(text).find()) return Optional.empty();
        for (int i = ctx.earlier().size() - 1; i >= 0; i--) {
            if (ctx.earlier().get(i) instanceof StepOutcome.Answered a) {
                var ranked = a.ranked().stream().filter(r -> r.kind().equals(kind)).toList();
                if (!ranked.isEmpty()) return Optional.of(worst ? ranked.get(ranked.size() - 1) : ranked.get(0));
            }
        }
        return Optional.empty();
    }

    private static StepOutcome ask(Frame frame, String slot, List<Frame.Candidate> options, String question) {
        return new StepOutcome.AwaitingClarification(Answer.text(question), new Clarification(frame, slot, options, question));
    }

    private static StepOutcome failed(ToolResult result, Language lang) {
        if (result instanceof ToolResult.Failure f) {
            return new StepOutcome.Failed(Answer.text(lang.pick("没有执行：", "Not done: ") + FailureWording.of(f, lang)), f.code());
        }
        return new StepOutcome.Failed(Answer.text(lang.pick("没有执行：平台的回答出乎意料。", "Not done: the platform answered unexpectedly.")),
                "unexpected");
    }

    private static String value(String field, JsonNode v, Language lang) {
        if (v == null || v.isNull()) return "—";
        if (v.isNumber()) return "¥" + v.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
        return field.equals("status") ? statusName(v.asString(), lang) : v.asString();
    }

    private static String fieldName(String field, Language lang) {
        return switch (field) {
            case "daily_budget" -> lang.pick("日预算", "daily budget");
            case "bid" -> lang.pick("出价", "bid");
            case "status" -> lang.pick("状态", "status");
            default -> field;
        };
    }

    static String statusName(String status, Language lang) {
        return status.equals("paused") ? lang.pick("暂停", "paused") : lang.pick("开启", "active");
    }

    static String kindName(String kind, Language lang) {
        return switch (kind) {
            case SlotNames.AD_GROUP -> lang.pick("广告组", "ad group");
            case SlotNames.CREATIVE -> lang.pick("创意", "creative");
            default -> lang.pick("计划", "campaign");
        };
    }
}
