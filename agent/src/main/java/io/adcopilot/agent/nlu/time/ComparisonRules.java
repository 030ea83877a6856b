package io.adcopilot.agent.nlu.time;

import static io.adcopilot.agent.nlu.time.TimeRule.relative;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.util.List;

/** Comparison periods named by their relation to the time range: 环比, 同比, week over week, the day before. */
final class ComparisonRules {

    static final List<TimeRule> RULES = List.of(
            relative("环比|上一?个?周期|前一?个?周期|上一?期|\\<(?:the\\s+)?(?:previous|prior|preceding|last)\\s+period\\>"
                    + "|\\<period[- ]over[- ]period\\>|(?-i:\\<PoP\\>)", DateRange::previous),
            relative("周环比|\\<week[- ]over[- ]week\\>|(?-i:\\<WoW\\>)", range -> Periods.daysEarlier(range, 7)),
            relative("日环比|\\<day[- ]over[- ]day\\>|(?-i:\\<DoD\\>)", range -> Periods.daysEarlier(range, 1)),
            relative("月环比|\\<month[- ]over[- ]month\\>|(?-i:\\<MoM\\>)", Periods::monthEarlier),
            relative("同比|去年同期|\\<(?:the\\s+)?same\\s+period\\s+(?:of\\s+)?last\\s+year\\>|\\<year[- ]over[- ]year\\>"
                    + "|(?-i:\\<YoY\\>)", Periods::yearEarlier),
            relative("前一天|\\<the\\s+(?:day\\s+before|previous\\s+day|prior\\s+day)\\>", Periods::dayBefore));

    private ComparisonRules() {}
}
