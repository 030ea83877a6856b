package io.adcopilot.agent.nlu.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private final FrameReader reader = new FrameReader(LlmFixtures.CATALOG);

    private FrameReader.Reading read(String intent, String slots) {
        return reader.read(List.of("{\"frames\": [{\"intent\": \"" + intent + "\", \"confidence\": 0.9, \"slots\": "
                + slots + "}]}"));
    }

    private List<String> errors(String intent, String slots) {
        FrameReader.Reading reading = read(intent, slots);
        assertThat(reading.valid()).isFalse();
        return reading.errors();
    }

    private Slots slots(String intent, String slots) {
        FrameReader.Reading reading = read(intent, slots);
        assertThat(reading.errors()).isEmpty();
        return reading.frames().get(0).slots();
    }

    @Test
    void readsEveryValueForm() {
        Slots slots = slots("query_metrics", """
                {"metrics": ["cost", "ctr"], "time_range": {"start": "2026-11-09", "end": "2026-11-15"},
                 "compare_to": {"start": "2026-11-02", "end": "2026-11-08"}, "dimensions": ["region"],
                 "campaign": ["c-1001"], "ad_group": ["g-2001"], "creative": ["cr-3001"], "region": ["广东省", "北京"],
                 "device": ["ios"], "gender": ["female"], "age": ["24-30"], "order": {"metric": "cost", "direction": "desc"},
                 "limit": 3}""");

        assertThat(slots.list(SlotNames.METRICS)).containsExactly("cost", "ctr");
        assertThat(slots.range(SlotNames.TIME_RANGE)).contains(new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
        assertThat(slots.range(SlotNames.COMPARE_TO)).contains(new DateRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)));
        assertThat(slots.list(SlotNames.REGION)).containsExactly("广东", "北京");
        assertThat(slots.order()).contains(Order.descending("cost"));
        assertThat(slots.limit()).contains(3);
        assertThat(slots.names()).hasSize(13);
    }

    @Test
    void readsAmountsScalarsAndBareStringsAsLists() {
        assertThat(slots("update_bid", "{\"ad_group\": \"g-2002\", \"bid\": {\"op\": \"decrease\", \"value\": 20.0, \"unit\": \"percent\"}}"))
                .isEqualTo(Slots.of(Map.of(SlotNames.AD_GROUP, List.of("g-2002"),
                        SlotNames.BID, new Amount(Amount.Op.DECREASE, BigDecimal.valueOf(20), Amount.Unit.PERCENT))));
        assertThat(slots("update_budget", "{\"budget\": {\"op\": \"increase\", \"value\": 0.5, \"unit\": \"CNY\"}}")
                .amount(SlotNames.BUDGET).orElseThrow().value()).isEqualByComparingTo("0.5");
        assertThat(slots("list_entities", "{\"entity_type\": \"creative\", \"review_status\": \"rejected\", \"status\": null}"))
                .isEqualTo(Slots.of(Map.of(SlotNames.ENTITY_TYPE, "creative", SlotNames.REVIEW_STATUS, "rejected")));
    }

    @Test
    void namesEveryWrongValue() {
        assertThat(errors("query_metrics", """
                {"metrics": ["spend"], "time_range": {"start": "2026-11-15", "end": "2026-11-09"},
                 "compare_to": {"start": "last week", "end": "2026-11-08"}, "campaign": ["g-2001"], "region": ["Guangdong"],
                 "order": {"metric": "cost", "direction": "down"}, "limit": 2.5, "device": [7]}""")).containsExactly(
                "frames[0].slots.metrics[0]: 'spend' is not one of " + DomainVocabulary.METRICS,
                "frames[0].slots.time_range: end 2026-11-09 is before start 2026-11-15",
                "frames[0].slots.compare_to.start: 'last week' is not a date YYYY-MM-DD",
                "frames[0].slots.campaign[0]: 'g-2001' is a ad_group, not a campaign",
                "frames[0].slots.region[0]: 'Guangdong' is not a province name in Chinese without 省/市 (e.g. 广东)",
                "frames[0].slots.order.direction: 'down' is not one of [desc, asc]",
                "frames[0].slots.limit: must be a positive integer",
                "frames[0].slots.device[0]: must be a string");
        assertThat(errors("update_budget", "{\"budget\": {\"op\": \"set\", \"value\": -5, \"unit\": \"USD\"}}"))
                .containsExactly("frames[0].slots.budget.unit: 'USD' is not one of [CNY, percent]",
                        "frames[0].slots.budget.value: must be positive (the op says the direction)");
    }

    @Test
    void slotsMustBeTheIntents() {
        assertThat(errors("account_balance", "{\"metrics\": [\"cost\"]}"))
                .containsExactly("frames[0].slots.metrics: intent account_balance takes no slot metrics (it takes none)");
        assertThat(errors("update_bid", "{\"budget\": {\"op\": \"set\", \"value\": 1, \"unit\": \"CNY\"}}"))
                .containsExactly("frames[0].slots.budget: intent update_bid takes no slot budget (it takes [ad_group, bid])");
    }

    @Test
    void intentAndConfidenceAreChecked() {
        assertThat(reader.read(List.of("{\"frames\": [{\"intent\": \"weather\", \"slots\": {}}]}")).errors())
                .singleElement().asString().startsWith("frames[0].intent: unknown intent 'weather'; one of [query_metrics");
        assertThat(reader.read(List.of("{\"frames\": [{\"intent\": \"smalltalk\", \"slots\": {}, \"confidence\": 93}]}"))
                .errors()).containsExactly("frames[0].confidence: must be a number from 0 to 1");
        assertThat(reader.read(List.of("{\"frames\": [{\"intent\": \"smalltalk\"}]}")).frames())
                .containsExactly(new Frame("smalltalk", Slots.NONE, FrameReader.UNSTATED_CONFIDENCE));
    }

    @Test
    void acceptsABareListOrASingleFrame() {
        assertThat(reader.read(List.of("[{\"intent\": \"smalltalk\", \"slots\": {}, \"confidence\": 1}]")).valid()).isTrue();
        assertThat(reader.read(List.of("{\"intent\": \"smalltalk\", \"slots\": {}, \"confidence\": 1}")).valid()).isTrue();
    }

    @Test
    void nothingUsableIsAnError() {
        assertThat(reader.read(List.of("{\"frames\": []}")).errors()).containsExactly("frames: no frame reported; report at least one");
        assertThat(reader.read(List.of("{\"answer\": 1}")).errors()).containsExactly("arguments: expected a JSON object {\"frames\": [...]}");
        assertThat(reader.read(List.of("{\"frames\": [")).errors()).containsExactly("arguments: not valid JSON "
                + "(Unexpected end-of-input: expected close marker for Array); send a JSON object {\"frames\": [...]}");
        assertThat(reader.read(List.of("{frames: []}")).errors()).singleElement().asString()
                .startsWith("arguments: not valid JSON (Unexpected character ('f' (code 102)): was expecting double-quote");
    }

    @Test
    void ambiguitiesNeedTheAdvertisersEntitiesOfThatKind() {
        var reading = reader.read(List.of("""
                {"frames": [{"intent": "update_status", "slots": {"status": "paused"}, "confidence": 0.6,
                 "ambiguities": [{"mention": "拉新", "slot": "ad_group", "candidates": ["g-2001", "c-1001"]}]}]}"""));

        assertThat(reading.errors()).containsExactly(
                "frames[0].ambiguities[0].candidates: 'c-1001' is not the id of one of the advertiser's ad_group entities");
    }

    @Test
    void theIntentsAreTheSpecs() {
        assertThat(DomainVocabulary.INTENTS.keySet()).containsExactlyInAnyOrderElementsOf(SlotNames.BY_INTENT.keySet());
    }
}
