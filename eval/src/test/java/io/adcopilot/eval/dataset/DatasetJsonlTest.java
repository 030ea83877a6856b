package io.adcopilot.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the spec's dataset JSONL: every problem named by its line and field. */
class DatasetJsonlTest {

    static final String GOOD_1 = "{\"id\":\"d-1\",\"now\":\"2026-11-20T10:00:00+08:00\",\"advertiser\":\"adv-1001\","
            + "\"text\":\"昨天花了多少\",\"intent\":\"query_metrics\",\"slots\":{\"metrics\":[\"cost\"],"
            + "\"time_range\":{\"start\":\"2026-11-19\",\"end\":\"2026-11-19\"}}}";
    static final String GOOD_2 = "{\"id\":\"d-2\",\"now\":\"2026-11-20T10:00:00+08:00\",\"advertiser\":\"adv-1001\","
            + "\"history\":[{\"role\":\"user\",\"text\":\"双十一大促-拉新昨天花了多少钱\"}],\"text\":\"那上周呢\","
            + "\"intent\":\"query_metrics\",\"slots\":{\"metrics\":[\"cost\"],\"campaign\":[\"c-1001\"],"
            + "\"time_range\":{\"start\":\"2026-11-09\",\"end\":\"2026-11-15\"},\"note\":\"carried over\"}}";
    static final String GOOD_3 = "{\"id\":\"d-3\",\"now\":\"2026-11-20T10:00:00+08:00\",\"advertiser\":\"adv-1002\","
            + "\"text\":\"预算加到五千\",\"intent\":\"update_budget\",\"slots\":{\"campaign\":[\"c-2001\"],"
            + "\"budget\":{\"op\":\"set\",\"value\":5000,\"unit\":\"CNY\"}}}";

    @Test
    void readsValidItemsSkippingBlankLines() {
        var items = DatasetJsonl.parse(GOOD_1 + "\n\n" + GOOD_2 + "\n" + GOOD_3 + "\n", "good.jsonl");
        assertThat(items).extracting(i -> i.path("id").asString()).containsExactly("d-1", "d-2", "d-3");
        var parsed = DatasetJsonl.items(items);
        assertThat(parsed.get(1).history()).hasSize(1);
        assertThat(parsed.get(2).slots().toJson().path("budget").path("value").asInt()).isEqualTo(5000);
        assertThat(DatasetJsonl.write(items)).isEqualTo(GOOD_1 + "\n" + GOOD_2 + "\n" + GOOD_3 + "\n");
    }

    @Test
    void namesEveryLineAtFault() {
        String text = String.join("\n",
                GOOD_1,
                "not json",
                "{\"id\":\"d-3\",\"now\":\"2026-11-20T10:00:00+08:00\",\"advertiser\":\"adv-1001\",\"text\":\"hi\"}",
                "{\"id\":\"d-4\",\"now\":\"yesterday\",\"advertiser\":\"adv-1001\",\"text\":\"x\",\"intent\":\"smalltalk\"}",
                "{\"id\":\"d-5\",\"now\":\"2026-11-20T10:00:00+08:00\",\"advertiser\":\"adv-1001\",\"text\":\"x\","
                        + "\"intent\":\"query_metrics\",\"slots\":{\"time_range\":{\"start\":\"2026-11-19\"},"
                        + "\"metrics\":[\"cots\"],\"budget\":{\"op\":\"set\",\"value\":\"5000\",\"unit\":\"CNY\"}}}",
                "",
                GOOD_1,
                "[1, 2]",
                "{\"id\":\"d-9\",\"now\":\"2026-11-20T10:00:00+08:00\",\"advertiser\":\"adv-1001\",\"text\":\"x\","
                        + "\"intent\":\"list_entities\",\"history\":\"earlier\",\"slots\":{\"status\":\"stopped\","
                        + "\"limit\":2.5,\"order\":{\"metric\":\"cost\",\"direction\":\"down\"},"
                        + "\"time_range\":{\"start\":\"2026-11-19\",\"end\":\"2026-11-01\"}}}");
        var e = catchThrowableOfType(() -> DatasetJsonl.parse(text, "bad.jsonl"), InvalidDatasetException.class);
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertThat(problems).containsExactly(
                problems.get(0), // the JSON parser's own wording
                "line 3, intent: is required: the labelled intent, e.g. \"query_metrics\"",
                "line 4, now: must be ISO-8601 with an offset, e.g. 2026-11-20T10:00:00+08:00 (got \"yesterday\")",
                "line 5, slots.time_range: must be {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"} (got {\"start\":\"2026-11-19\"})",
                "line 5, slots.metrics: unknown value \"cots\"; one of [impressions, clicks, cost, conversions, revenue, ctr, cpc, cpm, cvr, cpa, roi]",
                "line 5, slots.budget.value: must be a positive number (got \"5000\")",
                "line 7, id: \"d-1\" is already the id of line 1",
                "line 8: must be a JSON object (one dataset item a line)",
                "line 9, history: must be a list of {\"role\", \"text\"}, oldest first",
                "line 9, slots.status: must be one of [paused, active] (got \"stopped\")",
                "line 9, slots.limit: must be a positive integer (got 2.5)",
                "line 9, slots.order.direction: must be one of [desc, asc] (got \"down\")",
                "line 9, slots.time_range: start 2026-11-19 is after end 2026-11-01");
        assertThat(problems.get(0)).startsWith("line 2: not JSON");
        assertThat(e.getMessage()).startsWith("bad.jsonl is not a valid dataset (13 problems):\n  line 2: not JSON");
    }

    @Test
    void anEmptyDatasetIsRefused() {
        assertThatThrownBy(() -> DatasetJsonl.parse("\n\n", "empty.jsonl")).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("dataset: has no items");
    }

    @Test
    void hashIsOfContentNotOfFormatting() {
        var a = DatasetJsonl.parse(GOOD_1 + "\n" + GOOD_3, "a");
        String reordered = GOOD_1.replace("{\"id\":\"d-1\",\"now\":\"2026-11-20T10:00:00+08:00\",",
                "{\"now\": \"2026-11-20T10:00:00+08:00\", \"id\": \"d-1\", ");
        var b = DatasetJsonl.parse(reordered + "\n\n" + GOOD_3, "b");
        var c = DatasetJsonl.parse(GOOD_3 + "\n" + GOOD_1, "c");
        assertThat(DatasetJsonl.hash(a)).hasSize(64).isEqualTo(DatasetJsonl.hash(b));
        assertThat(DatasetJsonl.hash(c)).isNotEqualTo(DatasetJsonl.hash(a));
    }
}
