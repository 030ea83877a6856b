package io.adcopilot.agent.nlu.amount;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.TextSpan;
import io.adcopilot.agent.nlu.time.DevSet;
import io.adcopilot.agent.nlu.time.TimeParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The budget and bid labels of the shared dev set, reproduced from each item's own text with the demo catalog's
 * entity names and the time expressions blocked, as the NLU engine will call the parser. Items without such a
 * label must get none; items with history are checked only when their own text says an amount.
 */
class AmountDevSetTest {

    @Test
    void reproducesTheBudgetAndBidLabels() {
        List<String> mismatches = new ArrayList<>();
        int labelled = 0;
        int labelledMatched = 0;
        int withoutAmount = 0;
        int historyChecked = 0;
        for (DevSet.Item item : DevSet.items()) {
            Optional<Amount> expected = label(item.slots().path("budget")).or(() -> label(item.slots().path("bid")));
            List<TextSpan> blocked = new ArrayList<>(DevSet.entityNames(item.text()));
            blocked.addAll(TimeParser.parse(item.text(), item.today(), blocked).spans());
            Optional<Amount> found = AmountParser.parse(item.text(), blocked).map(AmountMention::amount);
            boolean same = found.map(AmountDevSetTest::normalized).equals(expected.map(AmountDevSetTest::normalized));
            String report = item.id() + " \"" + item.text() + "\" expected " + expected + ", got " + found;
            if (item.hasHistory()) {
                if (found.isEmpty()) continue;
                historyChecked++;
                if (!same) mismatches.add(report);
            } else if (expected.isPresent()) {
                labelled++;
                if (same) labelledMatched++;
                else mismatches.add(report);
            } else {
                withoutAmount++;
                if (!same) mismatches.add(report);
            }
        }
        System.out.printf("amount dev set: %d/%d labelled items matched; %d items without an amount kept empty; "
                + "%d history items checked on their own text%n", labelledMatched, labelled, withoutAmount, historyChecked);
        assertThat(mismatches).isEmpty();
    }

    private static Optional<Amount> label(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return Optional.empty();
        return Optional.of(new Amount(Amount.Op.valueOf(node.path("op").asString().toUpperCase(Locale.ROOT)),
                node.path("value").decimalValue(),
                node.path("unit").asString().equals("percent") ? Amount.Unit.PERCENT : Amount.Unit.CNY));
    }

    /** Numbers compare by value, as the scorer does. */
    private static String normalized(Amount amount) {
        return amount.op() + " " + amount.value().stripTrailingZeros().toPlainString() + " " + amount.unit();
    }
}
