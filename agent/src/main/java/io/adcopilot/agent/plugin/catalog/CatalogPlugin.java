package io.adcopilot.agent.plugin.catalog;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.semantic.Format;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.turn.Table;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Listing campaigns, ad groups and creatives (list_entities), and the account balance (account_balance). */
public final class CatalogPlugin implements Plugin {

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(spec("list_entities", "List campaigns, ad groups or creatives, optionally filtered."),
                spec("account_balance", "The account's balance and today's spend."));
    }

    private static IntentSpec spec(String intent, String description) {
        return new IntentSpec(intent, description, BuiltInExamples.all().stream()
                .filter(i -> i.intent().equals(intent)).toList(), SlotNames.of(intent));
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        return frame.intent().equals("account_balance") ? balance(ctx) : list(frame, ctx);
    }

    private StepOutcome balance(StepContext ctx) {
        Language lang = ctx.language();
        ToolResult result = ctx.tools().call("getAccount", Json.object());
        if (!(result instanceof ToolResult.Success s)) return failed(result, lang);
        JsonNode a = s.content();
        BigDecimal balance = a.path("balance").decimalValue();
        BigDecimal spend = a.path("today_spend").decimalValue();
        return new StepOutcome.Answered(Answer.text(lang.pick(
                "「" + a.path("name").asString() + "」账户余额 " + Format.metric("cost", balance) + "，今天截至目前已消耗 "
                        + Format.metric("cost", spend) + "。",
                a.path("name").asString() + " has a balance of " + Format.metric("cost", balance) + "; spent so far today: "
                        + Format.metric("cost", spend) + ".")), ctx.tools().results(), List.of());
    }

    private StepOutcome list(Frame frame, StepContext ctx) {
        Language lang = ctx.language();
        String type = frame.slots().text(SlotNames.ENTITY_TYPE).orElse(frame.slots().has(SlotNames.REVIEW_STATUS)
                ? "creative" : "campaign");
        ObjectNode args = Json.object();
        frame.slots().text(SlotNames.STATUS).ifPresent(s -> args.put("status", s));
        String tool;
        switch (type) {
            case "ad_group" -> {
                tool = "listAdGroups";
                if (!frame.slots().list(SlotNames.CAMPAIGN).isEmpty()) args.put("campaign_id", frame.slots().list(SlotNames.CAMPAIGN).get(0));
            }
            case "creative" -> {
                tool = "listCreatives";
                frame.slots().text(SlotNames.REVIEW_STATUS).ifPresent(r -> args.put("review_status", r));
            }
            default -> tool = "listCampaigns";
        }
        ToolResult result = ctx.tools().call(tool, args);
        if (!(result instanceof ToolResult.Success s)) return failed(result, lang);
        List<JsonNode> items = new ArrayList<>();
        s.content().path("items").forEach(items::add);
        if (type.equals("creative") && !frame.slots().list(SlotNames.CAMPAIGN).isEmpty()) {
            String campaign = frame.slots().list(SlotNames.CAMPAIGN).get(0);
            items.removeIf(i -> !i.path("campaign_id").asString().equals(campaign));
        }
        String kind = switch (type) {
            case "ad_group" -> lang.pick("广告组", "ad groups");
            case "creative" -> lang.pick("创意", "creatives");
            default -> lang.pick("计划", "campaigns");
        };
        if (items.isEmpty()) {
            return new StepOutcome.Answered(Answer.text(lang.pick("没有符合条件的" + kind + "。", "No " + kind + " match.")),
                    ctx.tools().results(), List.of());
        }
        StringJoiner names = new StringJoiner(lang.pick("、", ", "));
        items.stream().limit(10).forEach(i -> names.add(i.path("name").asString()));
        String more = items.size() > 10 ? lang.pick(" 等", " and more") : "";
        String text = lang.pick("共 " + items.size() + " 个" + kind + "：" + names + more + "。",
                items.size() + " " + kind + ": " + names + more + ".");
        return new StepOutcome.Answered(new Answer(text, table(type, items, lang), null, List.of()),
                List.of(s.content(), Json.MAPPER.valueToTree(Map.of("count", items.size()))), List.of());
    }

    private static Table table(String type, List<JsonNode> items, Language lang) {
        List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column("id", "ID"),
                new Table.Column("name", lang.pick("名称", "name")), new Table.Column("status", lang.pick("状态", "status"))));
        switch (type) {
            case "ad_group" -> {
                columns.add(new Table.Column("bid_type", lang.pick("出价方式", "bid type")));
                columns.add(new Table.Column("bid", lang.pick("出价", "bid"), "money"));
            }
            case "creative" -> {
                columns.add(new Table.Column("format", lang.pick("形式", "format")));
                columns.add(new Table.Column("review_status", lang.pick("审核", "review")));
            }
            default -> {
                columns.add(new Table.Column("objective", lang.pick("目标", "objective")));
                columns.add(new Table.Column("daily_budget", lang.pick("日预算", "daily budget"), "money"));
                columns.add(new Table.Column("today_spend", lang.pick("今日消耗", "spent today"), "money"));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Table.Column c : columns) {
                JsonNode v = item.path(c.key());
                row.put(c.key(), v.isNumber() ? v.decimalValue() : v.asString(""));
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    private static StepOutcome failed(ToolResult result, Language lang) {
        String message = result instanceof ToolResult.Failure f ? f.message() : "unexpected answer";
        return new StepOutcome.Failed(Answer.text(lang.pick("没能查到：" + message + "。", "I could not look that up: " + message + ".")),
                result instanceof ToolResult.Failure f ? f.code() : "unexpected");
    }
}
