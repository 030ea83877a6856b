package io.adcopilot.agent.nlu.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The time_range and compare_to labels of the shared dev set, reproduced from each item's own text, with the demo
 * catalog's entity names blocked. Items with history are checked only when their own text says a time (otherwise
 * the label is carried over); items of intents that take a time but have none must get none.
 */
class TimeDevSetTest {

    private static final Set<String> INTENTS_WITH_TIME = Set.of("query_metrics", "diagnose_change");

    @Test
    void reproducesTheTimeLabels() {
        List<String> mismatches = new ArrayList<>();
        int labelled = 0;
        int labelledMatched = 0;
        int withoutTime = 0;
        int historyChecked = 0;
        int historyCarried = 0;
        for (DevSet.Item item : DevSet.items()) {
            Optional<DateRange> range = label(item.slots().path("time_range"));
            Optional<DateRange> compare = label(item.slots().path("compare_to"));
            TimeMentions found = TimeParser.parse(item.text(), item.today(), DevSet.entityNames(item.text()));
            boolean same = found.timeRange().equals(range) && found.compareTo().equals(compare);
            String report = item.id() + " \"" + item.text() + "\" expected " + range + " / " + compare + ", got "
                    + found.timeRange() + " / " + found.compareTo();
            if (item.hasHistory()) {
                if (found.timeRange().isEmpty() && found.compareTo().isEmpty()) {
                    if (range.isPresent() || compare.isPresent()) historyCarried++;
                    continue;
                }
                historyChecked++;
                if (!same) mismatches.add(report);
            } else if (range.isPresent() || compare.isPresent()) {
                labelled++;
                if (same) labelledMatched++;
                else mismatches.add(report);
            } else if (INTENTS_WITH_TIME.contains(item.intent())) {
                withoutTime++;
                if (!same) mismatches.add(report);
            }
        }
        System.out.printf("time dev set: %d/%d labelled items matched; %d items without time kept empty; "
                        + "%d history items checked on their own text, %d carried over (skipped)%n",
                labelledMatched, labelled, withoutTime, historyChecked, historyCarried);
        assertThat(mismatches).isEmpty();
    }

    private static Optional<DateRange> label(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return Optional.empty();
        return Optional.of(new DateRange(LocalDate.parse(node.path("start").asString()),
                LocalDate.parse(node.path("end").asString())));
    }
}
