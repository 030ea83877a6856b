package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
/** What the copilot says when the help center has nothing relevant, and what it offers instead. */
final class NoAnswer {

    private static final String CHINESE = "抱歉，帮助中心里没有找到能回答这个问题的内容，我不想凭空编造。"
            + "我可以帮你查询和分析投放数据（消耗、转化、ROI 等），诊断效果变化和预算花不出去的原因，"
            + "调整预算和出价，暂停或开启计划、广告组和创意；也可以回答出价、审核、转化追踪、定向、预算等平台规则和操作问题。";

    private static final String ENGLISH = "Sorry, I couldn't find anything in the help center that answers this, "
            + "and I'd rather not guess. I can look up and analyse your campaign data (spend, conversions, ROI and "
            + "more), diagnose performance changes or underspend, adjust budgets and bids, and pause or resume "
            + "campaigns, ad groups and creatives. I can also answer questions about bidding, creative review, "
            + "conversion tracking, targeting and budgets.";

    private NoAnswer() {}

    static String text(Language language) {
        return language == Language.ZH ? CHINESE : ENGLISH;
    }
}
