package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.util.regex.Pattern;

/** Words that make a time expression the period compared against: 比上周, 和前天比, vs last week, than yesterday. */
final class ComparisonCues {

    /** 比 of a comparison, not of 投产比 / 占比 / 比例 / 比如. */
    private static final String BI = "(?<![产占])比(?![例率重如])";
    private static final Pattern RIGHT_BEFORE = AsciiPatterns.compile("(?:" + BI + "|相比|对比|比较|较|环比|同比"
            + "|\\<vs\\>\\.?|\\<versus\\>|\\<compared?\\s+(?:to|with)\\>|\\<comparing\\s+(?:to|with)\\>|\\<than\\>"
            + "|\\<against\\>|\\<relative\\s+to\\>)\\s*(?:with\\s+)?(?:the\\s+)?$");
    private static final Pattern WITH_BEFORE = Pattern.compile("(?:和|跟|与|同)\\s*$");
    private static final Pattern WITH_AFTER = Pattern.compile("^\\s*(?:相比|比较|对比|比)");
    private static final Pattern ANYWHERE = AsciiPatterns.compile(BI + "|对比|\\<vs\\>|\\<versus\\>"
            + "|\\<compar(?:e|ed|ing|ison)\\>|\\<than\\>|\\<against\\>");

    private ComparisonCues() {}

    /**
     * Whether the expression at {@code span} is the compared-against period: right after a cue ("比上周",
     * "vs last week") or inside 和…比 ("和前天比"). {@code from} is where the text after the previous expression starts.
     */
    static boolean marksComparison(String text, TextSpan span, int from) {
        if (RIGHT_BEFORE.matcher(text).region(from, span.start()).find()) return true;
        return WITH_BEFORE.matcher(text).region(from, span.start()).find()
                && WITH_AFTER.matcher(text).region(span.end(), text.length()).find();
    }

    static boolean anywhere(String text) {
        return ANYWHERE.matcher(text).find();
    }
}
