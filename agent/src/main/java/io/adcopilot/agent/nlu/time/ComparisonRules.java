package io.adcopilot.agent.nlu.time;

import static io.adcopilot.agent.nlu.time.TimeRule.relative;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.util.List;

/** Comparison periods named by their relation to the time range: 环比, 同比, week over week, the day before. */
final class ComparisonRules {

    static final List<TimeRule> RULES = List.of(
            relative("环比|上一?个?周期|前一?个?周期|上一?期|\\b(?:the\\s+)?(?:previous|prior|preceding|last)\\s+period\\b"
                    + "|\\bperiod[- ]over[- ]period\\b|(?-i:\\bPoP\\b)", DateRange::previous),
            relative("周环比|\\bweek[- ]over[- ]week\\b|(?-i:\\bWoW\\b)", range -> Periods.daysEarlier(range, 7)),
            relative("日环比|\\bday[- ]over[- ]day\\b|(?-i:\\bDoD\\b)", range -> Periods.daysEarlier(range, 1)),
            relative("月环比|\\bmonth[- ]over[- ]month\\b|(?-i:\\bMoM\\b)", Periods::monthEarlier),
            relative("同比|去年同期|\\b(?:the\\s+)?same\\s+period\\s+(?:of\\s+)?last\\s+year\\b|\\byear[- ]over[- ]year\\b"
                    + "|(?-i:\\bYoY\\b)", Periods::yearEarlier),
            relative("前一天|\\bthe\\s+(?:day\\s+before|previous\\s+day|prior\\s+day)\\b", Periods::dayBefore));

    private ComparisonRules() {}
}
