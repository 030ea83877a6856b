package io.adcopilot.agent.reflect;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.tool.ToolResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gateway failure said to the user plainly, in their language: what went wrong and what they can do. The
 * failure's own numbers are quoted as the tool gave them.
 */
public final class FailureWording {

    private static final Pattern MINIMUM = Pattern.compile("minimum value of ([\\d.]+)");
    private static final Pattern MAXIMUM = Pattern.compile("maximum value of ([\\d.]+)");

    private FailureWording() {}

    public static String of(ToolResult.Failure f, Language lang) {
        Matcher min = MINIMUM.matcher(f.message());
        Matcher max = MAXIMUM.matcher(f.message());
        return switch (f.code()) {
            case "invalid_arguments", "invalid_argument" -> min.find()
                    ? lang.pick("平台要求不低于 " + min.group(1) + "。", "the platform requires at least " + min.group(1) + ".")
                    : max.find() ? lang.pick("平台要求不高于 " + max.group(1) + "。", "the platform allows at most " + max.group(1) + ".")
                    : lang.pick("平台不接受这个值（" + f.message() + "）。", "the platform did not accept it (" + f.message() + ").");
            case "guardrail_refused" -> lang.pick("一次调整的幅度超过了安全上限（" + f.message() + "）。",
                    "the change is larger than the safety limit allows (" + f.message() + ").");
            case "not_found", "forbidden_entity" -> lang.pick("没有找到这个对象，或它不属于你的账户。",
                    "I could not find it in your account.");
            case "rate_limited" -> lang.pick("请求太频繁了，请稍后再试。", "too many requests right now; please try again shortly.");
            case "conflict", "preview_changed" -> lang.pick("它刚刚被修改过，请重新发起修改以查看最新的预览。",
                    "it was changed in the meantime; ask again to see a fresh preview.");
            case "confirmation_expired", "confirmation_invalid", "confirmation_mismatch", "confirmation_used" -> lang.pick("确认已过期，请重新发起修改。",
                    "the confirmation expired; ask for the change again.");
            case "platform_unavailable", "platform_error", "internal_error" -> lang.pick(
                    "广告平台暂时没有响应，请稍后再试。", "the ad platform is not responding right now; please try again later.");
            default -> lang.pick("平台返回了错误（" + f.message() + "）。", "the platform answered with an error (" + f.message() + ").");
        };
    }
}
