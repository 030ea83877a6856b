package io.adcopilot.agent.nlu.amount;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.BlockedText;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the budget or bid change said in an utterance: the operation (set / increase / decrease), the value and its
 * unit (CNY or percent). 提高到5000 → set 5000 CNY; 加500 → increase 500 CNY; 降低20% → decrease 20 percent;
 * 预算翻倍 → increase 100 percent; "cut X budget by 1000" → decrease 1000 CNY; 预算8000 → set 8000 CNY.
 * A value counts only when a verb or a budget/bid noun right before it says what to do with it.
 */
public final class AmountParser {

    /** Where the clause of a value starts: a verb in another clause is not its verb. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。,;；!?！？\\n]");

    private AmountParser() {}

    /** @param blocked spans whose numbers are not amounts (entity names such as "LAL 3%", time expressions) */
    public static Optional<AmountMention> parse(String text, List<TextSpan> blocked) {
        String visible = BlockedText.mask(text, blocked);
        Optional<AmountMention> byVerb = Optional.empty();
        Optional<AmountMention> byNoun = Optional.empty();
        for (SaidValue value : SaidValues.find(visible)) {
            String before = visible.substring(clauseStart(visible, value.span().start()), value.span().start());
            Optional<OpCues.Cue> cue = OpCues.read(before);
            if (cue.isEmpty()) continue;
            AmountMention mention = new AmountMention(new Amount(cue.get().op(), value.value(), value.unit()), value.span());
            if (cue.get().byVerb() && byVerb.isEmpty()) byVerb = Optional.of(mention);
            if (!cue.get().byVerb() && byNoun.isEmpty()) byNoun = Optional.of(mention);
        }
        Optional<AmountMention> fixed = FixedChanges.find(visible).stream()
                .min(Comparator.comparingInt(mention -> mention.span().start()));
        Optional<AmountMention> strongest = earliest(byVerb, fixed);
        return strongest.isPresent() ? strongest : byNoun;
    }

    private static int clauseStart(String text, int end) {
        int start = 0;
        var breaks = CLAUSE_BREAK.matcher(text).region(0, end);
        while (breaks.find()) start = breaks.end();
        return start;
    }

    private static Optional<AmountMention> earliest(Optional<AmountMention> a, Optional<AmountMention> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a.get().span().start() <= b.get().span().start() ? a : b;
    }
}
