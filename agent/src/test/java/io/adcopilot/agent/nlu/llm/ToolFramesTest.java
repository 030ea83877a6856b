package io.adcopilot.agent.nlu.llm;

import static io.adcopilot.agent.nlu.llm.LlmFixtures.GATEWAY_TOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.validate.ArgumentValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How each gateway tool's call is read as a frame (the mapping table of {@link ToolFrames}), without an endpoint. */
class ToolFramesTest {

    private final AnswerReader reader = new AnswerReader(new FrameReader(LlmFixtures.CATALOG), ToolOffer.of(GATEWAY_TOOLS),
            new ArgumentValidator());

    private FrameReader.Reading read(String... namesAndArguments) {
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (int i = 0; i < namesAndArguments.length; i += 2) {
            calls.add(ToolExecutionRequest.builder().id("call_" + i).name(namesAndArguments[i])
                    .arguments(namesAndArguments[i + 1]).build());
        }
        return reader.read(AiMessage.from(calls));
    }

    private Frame frame(String tool, String arguments) {
        FrameReader.Reading reading = read(tool, arguments);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.frames()).hasSize(1);
        return reading.frames().get(0);
    }

    private String error(String tool, String arguments) {
        FrameReader.Reading reading = read(tool, arguments);
        assertThat(reading.valid()).isFalse();
        return String.join("\n", reading.errors());
    }

    private static Frame frame(String intent, Map<String, Object> slots) {
        return new Frame(intent, Slots.of(slots), FrameReader.UNSTATED_CONFIDENCE);
    }

    @Test
    void onlyTheToolsThatMapToFramesAreOfferedAndWithoutControlArguments() {
        ToolSpec extra = new ToolSpec("exportReport", "Export", "", "Exports a report", Json.object().put("type", "object"),
                Json.object(), ToolSpec.Access.READ, null, List.of());
        List<ToolSpec> retrieved = new ArrayList<>(GATEWAY_TOOLS);
        retrieved.add(extra);
        ToolOffer offer = ToolOffer.of(retrieved);

        assertThat(offer.names()).containsExactlyInAnyOrderElementsOf(ToolFrames.TOOLS).doesNotContain("exportReport");
        for (String write : List.of("updateCampaign", "updateAdGroup", "updateCreative")) {
            var properties = offer.tool(write).orElseThrow().inputSchema().path("properties");
            assertThat(properties.propertyNames()).doesNotContain("confirmation_token", "acknowledge_warnings",
                    "idempotency_key", "if_match", "version").contains("id", "status");
        }
        assertThat(offer.tool("updateCreative").orElseThrow().inputSchema().path("required").toString())
                .isEqualTo("[\"id\",\"status\"]");
        assertThat(offer.tool("queryReport").orElseThrow().inputSchema())
                .isEqualTo(LlmFixtures.gatewayTool("queryReport").inputSchema());
        assertThat(offer.specifications().get(0).name()).isEqualTo(FrameTool.NAME);
    }

    @Test
    void queryReportIsQueryMetrics() {
        assertThat(frame("queryReport", """
                {"metrics": ["cost", "cvr"], "dimensions": ["region"], "time_range": {"start": "2026-11-09", "end": "2026-11-15"},
                 "filters": {"ad_group": ["g-2001"], "creative": ["cr-3001"], "region": ["广东"], "device": ["android"],
                 "gender": ["female"], "age": ["24-30"]}, "order": {"metric": "cvr", "direction": "asc"}, "limit": 3}"""))
                .isEqualTo(frame("query_metrics", Map.ofEntries(
                        Map.entry(SlotNames.METRICS, List.of("cost", "cvr")), Map.entry(SlotNames.DIMENSIONS, List.of("region")),
                        Map.entry(SlotNames.TIME_RANGE, new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15))),
                        Map.entry(SlotNames.AD_GROUP, List.of("g-2001")), Map.entry(SlotNames.CREATIVE, List.of("cr-3001")),
                        Map.entry(SlotNames.REGION, List.of("广东")), Map.entry(SlotNames.DEVICE, List.of("android")),
                        Map.entry(SlotNames.GENDER, List.of("female")), Map.entry(SlotNames.AGE, List.of("24-30")),
                        Map.entry(SlotNames.ORDER, Order.ascending("cvr")), Map.entry(SlotNames.LIMIT, 3))));
        assertThat(frame("queryReport", """
                {"metrics": ["clicks"], "time_range": {"start": "2026-11-19", "end": "2026-11-19"}, "order": {"metric": "clicks"}}""")
                .slots().order()).contains(Order.descending("clicks"));
    }

    @Test
    void updatesAreBudgetBidAndStatusChanges() {
        assertThat(frame("updateCampaign", "{\"id\": \"c-1002\", \"daily_budget\": 8000.0}"))
                .isEqualTo(frame("update_budget", Map.of(SlotNames.CAMPAIGN, List.of("c-1002"),
                        SlotNames.BUDGET, new Amount(Amount.Op.SET, BigDecimal.valueOf(8000), Amount.Unit.CNY))));
        assertThat(frame("updateAdGroup", "{\"id\": \"g-2001\", \"bid\": 2.5}"))
                .isEqualTo(frame("update_bid", Map.of(SlotNames.AD_GROUP, List.of("g-2001"),
                        SlotNames.BID, new Amount(Amount.Op.SET, new BigDecimal("2.5"), Amount.Unit.CNY))));
        assertThat(frame("updateCampaign", "{\"id\": \"c-1001\", \"status\": \"paused\"}"))
                .isEqualTo(frame("update_status", Map.of(SlotNames.CAMPAIGN, List.of("c-1001"), SlotNames.STATUS, "paused")));
        assertThat(frame("updateAdGroup", "{\"id\": \"g-2002\", \"status\": \"active\"}"))
                .isEqualTo(frame("update_status", Map.of(SlotNames.AD_GROUP, List.of("g-2002"), SlotNames.STATUS, "active")));
        assertThat(frame("updateCreative", "{\"id\": \"cr-3001\", \"status\": \"paused\"}"))
                .isEqualTo(frame("update_status", Map.of(SlotNames.CREATIVE, List.of("cr-3001"), SlotNames.STATUS, "paused")));
    }

    @Test
    void listsAndGetsAreListings() {
        assertThat(frame("listCampaigns", "{\"status\": \"active\"}"))
                .isEqualTo(frame("list_entities", Map.of(SlotNames.ENTITY_TYPE, "campaign", SlotNames.STATUS, "active")));
        assertThat(frame("listAdGroups", "{\"campaign_id\": \"c-1001\"}"))
                .isEqualTo(frame("list_entities", Map.of(SlotNames.ENTITY_TYPE, "ad_group", SlotNames.CAMPAIGN, List.of("c-1001"))));
        assertThat(frame("listCreatives", "{\"review_status\": \"rejected\"}"))
                .isEqualTo(frame("list_entities", Map.of(SlotNames.ENTITY_TYPE, "creative", SlotNames.REVIEW_STATUS, "rejected")));
        assertThat(frame("getCampaign", "{\"id\": \"c-1002\"}"))
                .isEqualTo(frame("list_entities", Map.of(SlotNames.ENTITY_TYPE, "campaign", SlotNames.CAMPAIGN, List.of("c-1002"))));
        assertThat(frame("getAdGroup", "{\"id\": \"g-2001\"}"))
                .isEqualTo(frame("list_entities", Map.of(SlotNames.ENTITY_TYPE, "ad_group")));
        assertThat(frame("getCreative", "{\"id\": \"cr-3001\"}"))
                .isEqualTo(frame("list_entities", Map.of(SlotNames.ENTITY_TYPE, "creative")));
    }

    @Test
    void accountAndHelpCenter() {
        assertThat(frame("getAccount", "{}")).isEqualTo(frame("account_balance", Map.of()));
        assertThat(frame("getAccount", "")).isEqualTo(frame("account_balance", Map.of()));
        assertThat(frame("searchHelpCenter", "{\"query\": \"oCPM是什么\", \"limit\": 3}"))
                .isEqualTo(frame("knowledge_qa", Map.of()));
    }

    @Test
    void callsThatAreNoFrameAreErrors() {
        assertThat(error("updateCampaign", "{\"id\": \"c-1001\"}"))
                .isEqualTo("updateCampaign (call 1): the call changes nothing; set daily_budget or status");
        assertThat(error("updateCampaign", "{\"id\": \"c-1001\", \"daily_budget\": 5000, \"status\": \"paused\"}"))
                .contains("one change per call");
        assertThat(error("listCreatives", "{\"ad_group_id\": \"g-2001\"}")).startsWith("listCreatives (call 1): ad_group_id:");
        assertThat(error("exportReport", "{}")).startsWith("call 1: there is no tool 'exportReport' here; call report_frames or one of [");
    }

    @Test
    void argumentsAreValidatedAgainstTheSchemaAndSlotsAgainstTheCatalog() {
        assertThat(error("updateAdGroup", "{\"id\": \"g-2001\", \"bid\": 9000}"))
                .startsWith("updateAdGroup (call 1): ").contains("5000");
        assertThat(error("updateCampaign", "{\"id\": \"c-1001\", \"status\": \"paused\", \"confirmation_token\": \"t\"}"))
                .contains("confirmation_token");
        assertThat(error("updateCampaign", "{\"id\": \"c-9999\", \"status\": \"paused\"}"))
                .isEqualTo("updateCampaign (call 1) as update_status.slots.campaign[0]: 'c-9999' is not the id of one "
                        + "of the advertiser's entities (use an id from the entity list)");
        assertThat(error("queryReport", "{\"metrics\": [\"cost\"], \"time_range\": {\"start\": \"2026-11-19\", \"end\": \"2026-11-12\"}}"))
                .isEqualTo("queryReport (call 1) as query_metrics.slots.time_range: end 2026-11-12 is before start 2026-11-19");
        assertThat(error("queryReport", "{\"metrics\": [\"cost\"")).isEqualTo(
                "queryReport (call 1): the arguments are not valid JSON; send a JSON object");
    }

    @Test
    void framesAndCallsMixInOrder() {
        FrameReader.Reading reading = read(
                "getAccount", "{}",
                FrameTool.NAME, "{\"frames\": [{\"intent\": \"smalltalk\", \"slots\": {}, \"confidence\": 0.99}]}",
                "listCampaigns", "{}");
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.frames()).extracting(Frame::intent)
                .containsExactly("account_balance", "smalltalk", "list_entities");
    }
}
