package io.adcopilot.agent.dialogue;

import java.util.regex.Pattern;

/** How a reply to a pending change reads: confirm it, cancel it, or something else (a new request). */
public final class Confirmations {

    /** What the user's reply to a preview means. */
    public enum Reply { CONFIRM, CANCEL, OTHER }

    private static final Pattern CONFIRM = Pattern.compile(
            "^\\s*(确认|确定|确认执行|确认修改|是的?|好的?|可以|执行|没问题|对的?|行|嗯|ok(ay)?|yes|yep|y|confirm(ed)?|sure|go ahead|do it|apply( it)?|please do)"
                    + "(吧|的|一下|啦)?[\\s!！。.,，]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANCEL = Pattern.compile(
            "^\\s*(算了|取消|不用了?|不要了?|别改了?|先不(改|用|要)?了?|放弃|不了|no|nope|cancel( it)?|never ?mind|don'?t|stop|forget it)"
                    + "(吧|啦)?[\\s!！。.,，]*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern EXPLICIT = Pattern.compile(
            "^\\s*(确认|确定|确认执行|确认修改|取消|confirm|cancel)[\\s!！。.,，]*$", Pattern.CASE_INSENSITIVE);

    private Confirmations() {}

    /** A bare "确认" or "取消": only meaningful while something is pending. */
    public static boolean explicit(String text) {
        return EXPLICIT.matcher(text).find();
    }

    public static Reply read(String text, String token) {
        if (token != null && text.contains(token)) return Reply.CONFIRM;
        if (CONFIRM.matcher(text).find()) return Reply.CONFIRM;
        if (CANCEL.matcher(text).find()) return Reply.CANCEL;
        return Reply.OTHER;
    }
}
