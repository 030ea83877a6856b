package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.nlu.slot.SlotNames;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words the model is given: a system prompt with today's date (and the dates the time rules need, worked out),
 * the intents and slot forms of ad-domain.md, its time rules in brief, how calls of the platform's tools are read
 * (when some are offered), and the advertiser's entities; a user message with the conversation so far and the
 * utterance; and, for the repair round, the validation errors.
 */
final class NluPrompt {

    private static final String INSTRUCTIONS = """
            You are the language-understanding step of an advertising platform's copilot. Read the user's current \
            utterance (in Chinese or English) in the context of the conversation and ALWAYS answer by calling %s. \
            Do not answer in prose.

            Give one frame per thing asked, in the order asked ("查一下昨天花费，然后把预算加到5000" is two frames). \
            A frame's slots include what is carried over from earlier turns or earlier frames when the utterance \
            relies on it ("那上周呢" keeps the metric and the campaign; "然后把它暂停" pauses the entity just named). \
            Only fill slots grounded in the utterance or the conversation: no defaults (no time_range when no time \
            is said). Entity slots hold ids from the entity list, never names; a mention that fits several \
            entities equally well goes into ambiguities (with the candidate ids) and fills no slot. Confidence is \
            your probability (0-1) that intent and slots are all right.
            """;

    private static final String SLOT_FORMS = """
            Slot forms:
            - metrics: list of impressions, clicks, cost, conversions, revenue, ctr, cpc, cpm, cvr, cpa, roi \
            (消耗/花费/spend → cost; 展示/曝光 → impressions; 转化/订单/线索/激活/installs → conversions; \
            成交额/GMV/销售额/收入 → revenue; 点击率 → ctr; 点击成本 → cpc; 千次展示成本 → cpm; 转化率 → cvr; \
            转化成本/获客成本/cost per install → cpa; ROI/ROAS/投产比 → roi)
            - time_range, compare_to: {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, inclusive, start <= end
            - dimensions (group-by): list of date, campaign, ad_group, creative, region, device, gender, age \
            (按天/每天/趋势/daily → date; 各计划/分计划 → campaign; 各省/分地域 → region; 分设备/分系统 → device)
            - campaign, ad_group, creative: lists of entity ids (c-…, g-…, cr-…) from the entity list
            - region: list of Chinese province names without 省/市 (广东, 北京; Guangdong → 广东)
            - device: list of ios, android, pc (苹果/iPhone → ios; 安卓 → android; 电脑/PC端 → pc)
            - gender: list of male, female; age: list of 18-23, 24-30, 31-40, 41-49, 50+
            - order: {"metric": one of the metrics, "direction": "desc" | "asc"} (最高/最多/top → desc; 最低 → asc); \
            limit: integer (前3/top 5)
            - budget, bid: {"op": "set" | "increase" | "decrease", "value": number, "unit": "CNY" | "percent"} \
            (提高到5000 → set 5000 CNY; 加500/提高500 → increase 500 CNY; 降低20% → decrease 20 percent; \
            五千/5k/0.5万 → 5000)
            - status: paused | active (update_status: the target; list_entities: the filter); \
            entity_type: campaign | ad_group | creative; review_status: approved | pending | rejected (被拒 → rejected)
            """;

    private static final String TIME_RULES = """
            Time rules (D = today): 今天 [D, D]; 昨天 [D-1, D-1]; 前天 [D-2, D-2]; 最近N天/过去N天/last N days \
            [D-N, D-1] (today excluded); 最近一周/past week [D-7, D-1]; 近两周 [D-14, D-1]; 近一个月/past month \
            [D-30, D-1]; 本周/this week [Monday of this week, D]; 上周/last week Monday to Sunday of the previous \
            week; 上周三 that day of the previous week; 本月 [1st of this month, D]; 上个月 the whole previous \
            month; 今年 [Jan 1, D]; a date like 11月11日/双十一/11.11 is in D's year unless that is after D, then \
            the year before; 11月1日到11月7日 is [start, end]. compare_to: 环比/vs the previous period → the period \
            of the same length ending the day before time_range starts; 和上周比 → last week; 昨天和前天比 → \
            time_range yesterday, compare_to the day before yesterday.
            """;

    private static final String PLATFORM_TOOLS = """
            Besides report_frames you are offered some of the ad platform's own tools: %s. You may answer with calls \
            of these instead, one call per thing asked, in the order asked, or mix them with report_frames. \
            NOTHING IS EXECUTED HERE: a call only says what the user wants, and is read as a frame (queryReport → \
            query_metrics; updateCampaign with daily_budget → update_budget, updateAdGroup with bid → update_bid, \
            update… with status → update_status; list… and get… → list_entities; getAccount → account_balance; \
            searchHelpCenter → knowledge_qa). The copilot carries the request out afterwards through its own \
            gateway, and changes only after the user confirms a preview. So never call a tool to look something up \
            first, never set confirmation, acknowledgement or idempotency arguments, change one thing per call, and \
            use only ids from the entity list. Use report_frames whenever a tool cannot say exactly what was asked: \
            no time said (queryReport needs a time_range, and you must not invent one), comparisons (compare_to), \
            why-questions (diagnose_change), relative changes (加500, 提高20%%: the tools only set a new value), \
            mentions that fit several entities, smalltalk and anything out of scope.
            """;

    private NluPrompt() {}

    static String system(NluContext context, EntityCatalog catalog) {
        return system(context, catalog, List.of());
    }

    /** The system prompt, telling how calls of the offered platform tools {@code tools} are read (none: not a word). */
    static String system(NluContext context, EntityCatalog catalog, List<String> tools) {
        String platformTools = tools.isEmpty() ? "" : "\n" + PLATFORM_TOOLS.formatted(String.join(", ", tools));
        String answerWith = tools.isEmpty() ? "the tool report_frames" : "the tool report_frames or the platform's tools below";
        return INSTRUCTIONS.formatted(answerWith) + platformTools + "\n" + today(context.today()) + "\n" + intents() + "\n" + SLOT_FORMS
                + "\n" + TIME_RULES + "\n" + entities(catalog);
    }

    static String user(String text, List<Turn> history) {
        StringBuilder out = new StringBuilder();
        if (!history.isEmpty()) {
            out.append("Conversation so far (oldest first):\n");
            history.forEach(t -> out.append(t.role()).append(": ").append(t.text()).append('\n'));
            out.append('\n');
        }
        return out.append("Current utterance: ").append(text).toString();
    }

    static String repair(List<String> errors) {
        return "Your report_frames call was not valid:\n- " + String.join("\n- ", errors)
                + "\nCall report_frames again with corrected frames.";
    }

    /** The repair message when platform tools were offered: the whole answer is read again, so every call is made again. */
    static String repair(List<String> errors, List<String> tools) {
        return "Your answer was not valid:\n- " + String.join("\n- ", errors)
                + "\nAnswer again with all of your calls, the valid ones too, corrected: report_frames or "
                + String.join(", ", tools) + ". Nothing was executed.";
    }

    private static String today(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonth = d.minusMonths(1).withDayOfMonth(1);
        return "Today (D) is " + d + ", " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " (Asia/Shanghai). " + String.join("; ",
                "Yesterday " + d.minusDays(1),
                "last 7 days " + d.minusDays(7) + " to " + d.minusDays(1),
                "last 30 days " + d.minusDays(30) + " to " + d.minusDays(1),
                "this week " + monday + " to " + d,
                "last week " + monday.minusDays(7) + " to " + monday.minusDays(1),
                "this month " + d.withDayOfMonth(1) + " to " + d,
                "last month " + lastMonth + " to " + lastMonth.with(TemporalAdjusters.lastDayOfMonth())) + ".\n";
    }

    private static String intents() {
        return DomainVocabulary.INTENTS.entrySet().stream().map(e -> {
            var slots = SlotNames.of(e.getKey());
            String allowed = slots.isEmpty() ? "no slots" : "slots: " + String.join(", ", slots.stream().sorted().toList());
            return "- " + e.getKey() + ": " + e.getValue() + " (" + allowed + ")";
        }).collect(Collectors.joining("\n", "Intents:\n", "\n"));
    }

    private static String entities(EntityCatalog catalog) {
        if (catalog.entities().isEmpty()) return "The advertiser has no campaigns, ad groups or creatives.\n";
        return catalog.entities().stream().map(NluPrompt::line)
                .collect(Collectors.joining("\n", "The advertiser's entities (id | kind | name):\n", "\n"));
    }

    private static String line(Entity e) {
        return e.id() + " | " + e.kind() + " | " + e.name();
    }
}
