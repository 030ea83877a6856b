package io.adcopilot.agent.plugin.conversation;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Language;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small talk (greetings, thanks, "who are you") and a helpful answer to what the copilot cannot serve. */
public final class ConversationPlugin implements Plugin {

    private static final Pattern THANKS = Pattern.compile("谢|感谢|辛苦|(?i)\\b(thanks?|thank you|thx|appreciate)\\b|3q");
    private static final Pattern BYE = Pattern.compile("再见|拜拜|回头见|(?i)\\b(bye|goodbye|see you)\\b");
    private static final Pattern WHO = Pattern.compile("你是谁|你叫什么|你能做什么|你会什么|能干嘛|(?i)\\b(who are you|what can you do|what are you)\\b");

    @Override
    public String name() {
        return "conversation";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(spec("smalltalk", "Greetings, thanks, who the copilot is."),
                spec("out_of_scope", "Anything the ad copilot cannot serve."));
    }

    private static IntentSpec spec(String intent, String description) {
        return new IntentSpec(intent, description, BuiltInExamples.all().stream()
                .filter(i -> i.intent().equals(intent)).toList(), Set.of());
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        Language lang = ctx.language();
        String capabilities = lang.pick("我可以帮你：查投放数据（消耗、点击率、转化成本、ROI，按天/地域/设备拆分）、分析指标为什么变化、"
                        + "调整预算和出价、暂停或开启计划，以及解答投放相关的问题。",
                "I can look up your delivery data (spend, CTR, CPA, ROI, by day, region or device), explain why a metric "
                        + "changed, change budgets and bids, pause or resume campaigns, and answer questions about "
                        + "advertising on the platform.");
        String reply;
        if (frame.intent().equals("out_of_scope")) {
            reply = lang.pick("这个问题不在我能帮忙的范围内——我是广告投放助手。", "That is outside what I can help with — I am an "
                    + "advertising copilot. ") + capabilities;
        } else if (THANKS.matcher(text).find()) {
            reply = lang.pick("不客气！还有什么需要我看的吗？", "You're welcome! Anything else I can look at?");
        } else if (BYE.matcher(text).find()) {
            reply = lang.pick("再见，祝投放顺利！", "Goodbye, and good luck with your campaigns!");
        } else if (WHO.matcher(text).find()) {
            reply = lang.pick("我是广告投放助手 Ad Copilot。", "I'm Ad Copilot, your advertising assistant. ") + capabilities;
        } else {
            reply = lang.pick("你好！", "Hi! ") + capabilities;
        }
        return new StepOutcome.Answered(Answer.text(reply), List.of(), List.of());
    }
}
