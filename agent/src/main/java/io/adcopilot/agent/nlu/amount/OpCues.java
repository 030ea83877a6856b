package io.adcopilot.agent.nlu.amount;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.ChineseNumbers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation said right before a value: 提高到 / 调成 / 降到 / to → set; 加 / 提高 / 上调 / raise → increase;
 * 降低 / 下调 / 砍 / cut → decrease; "by" takes the verb said earlier (cut … by 1000); a bare 预算 / 出价 / budget /
 * bid right before the value also means set, but weakly: any verb elsewhere wins.
 */
final class OpCues {

    /** How an operation was said: by a verb, or only by a bare budget/bid noun. */
    record Cue(Amount.Op op, boolean byVerb) {}

    /** Words between a verb and its value that say nothing about the operation. */
    private static final Pattern FILLER = AsciiPatterns.compile(
            "(?:\\s|了|一下|大概|大约|约|再|的|给|是|\\<the\\>|\\<it\\>|\\<its\\>|\\<about\\>|\\<around\\>|\\<roughly\\>)+$");
    private static final Pattern AMOUNT_NOUN = AsciiPatterns.compile(
            "(?:日预算|每日预算|每天预算|预算|出价|价格|\\<daily\\s+budget\\>|\\<budget\\>|\\<bid\\>)$");
    private static final Pattern SET = AsciiPatterns.compile(
            "(?:(?<![\\d" + ChineseNumbers.DIGITS + ChineseNumbers.UNITS + "])到|(?:调|改|设|变|换|定|置|整)(?:成|为)"
                    + "|\\<to\\>|\\<at\\>|\\<be\\>|\\<is\\>|=)$"); // not the 到 of "24到30岁"
    private static final String INCREASE_WORDS = "提高|提升|增加|上调|调高|追加|加|涨|增|升|提|多给"
            + "|\\<raise\\>|\\<increase\\>|\\<boost\\>|\\<bump\\>|\\<add\\>|\\<up\\>|\\<plus\\>|\\<grow\\>|\\<lift\\>";
    private static final String DECREASE_WORDS = "降低|减少|下调|调低|削减|缩减|压缩|减|砍|降|(?<!多)少|扣"
            + "|\\<cut\\>|\\<lower\\>|\\<reduce\\>|\\<decrease\\>|\\<drop\\>|\\<trim\\>|\\<slash\\>|\\<down\\>|\\<minus\\>";
    private static final Pattern INCREASE = AsciiPatterns.compile("(?:" + INCREASE_WORDS + ")(?:了|掉)?$");
    private static final Pattern DECREASE = AsciiPatterns.compile("(?:" + DECREASE_WORDS + ")(?:了|掉|去)?$");
    private static final Pattern BY = AsciiPatterns.compile("\\<by$");
    private static final Pattern ANY_VERB = AsciiPatterns.compile("(" + INCREASE_WORDS + ")|(" + DECREASE_WORDS + ")");

    private OpCues() {}

    /** The cue in {@code before}, the text of the clause up to the value; empty when nothing says an operation. */
    static Optional<Cue> read(String before) {
        String left = strip(before, FILLER);
        Optional<Cue> verb = verbAtEnd(left);
        if (verb.isPresent()) return verb;
        String withoutNoun = strip(left, AMOUNT_NOUN);
        if (withoutNoun.length() == left.length()) return Optional.empty();
        verb = verbAtEnd(strip(withoutNoun, FILLER)); // 提高预算500, raise budget 500
        return verb.isPresent() ? verb : Optional.of(new Cue(Amount.Op.SET, false));
    }

    private static Optional<Cue> verbAtEnd(String left) {
        if (SET.matcher(left).find()) return Optional.of(new Cue(Amount.Op.SET, true));
        if (INCREASE.matcher(left).find()) return Optional.of(new Cue(Amount.Op.INCREASE, true));
        if (DECREASE.matcher(left).find()) return Optional.of(new Cue(Amount.Op.DECREASE, true));
        if (BY.matcher(left).find()) return lastVerb(left);
        return Optional.empty();
    }

    /** "cut Holiday Promo budget by": the last increase or decrease verb before "by". */
    private static Optional<Cue> lastVerb(String left) {
        Matcher verbs = ANY_VERB.matcher(left);
        Amount.Op op = null;
        while (verbs.find()) op = verbs.group(1) != null ? Amount.Op.INCREASE : Amount.Op.DECREASE;
        return Optional.ofNullable(op).map(found -> new Cue(found, true));
    }

    private static String strip(String text, Pattern atEnd) {
        Matcher m = atEnd.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }
}
