package io.adcopilot.agent.nlu.amount;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words that are a whole change by themselves: 翻倍 / double → +100%, 减半 / halve / cut in half → −50%. */
final class FixedChanges {

    private static final Pattern DOUBLE = AsciiPatterns.compile(
            "翻倍|翻一番|加倍|\\<double(?:d)?\\>(?!-|\\s*(?:11|12|eleven|twelve)\\>)");
    private static final Pattern HALVE = AsciiPatterns.compile(
            "减半|砍半|对半砍|腰斩|\\<halve(?:d)?\\>|\\<in\\s+half\\>");

    private FixedChanges() {}

    static List<AmountMention> find(String text) {
        List<AmountMention> found = new ArrayList<>();
        add(found, DOUBLE.matcher(text), new Amount(Amount.Op.INCREASE, BigDecimal.valueOf(100), Amount.Unit.PERCENT));
        add(found, HALVE.matcher(text), new Amount(Amount.Op.DECREASE, BigDecimal.valueOf(50), Amount.Unit.PERCENT));
        return found;
    }

    private static void add(List<AmountMention> found, Matcher matcher, Amount amount) {
        while (matcher.find()) found.add(new AmountMention(amount, new TextSpan(matcher.start(), matcher.end())));
    }
}
