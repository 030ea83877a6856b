package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.core.json.Json;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a call of one of the gateway's tools as the frame it asks for: what the call would do is what the user wants.
 * The call is never run here; the plugin serving the frame makes its own calls through the gateway. The arguments
 * must already be valid against the tool's input schema; the frame is then checked like a {@code report_frames}
 * frame ({@link FrameReader}).
 *
 * <table>
 *   <tr><th>call</th><th>frame</th></tr>
 *   <tr><td>queryReport</td><td>query_metrics: metrics, dimensions, time_range, order (direction desc unless
 *       given), limit; filters.campaign/ad_group/creative/region/device/gender/age → those slots</td></tr>
 *   <tr><td>updateCampaign with daily_budget</td><td>update_budget {campaign: [id], budget: {set, value, CNY}}</td></tr>
 *   <tr><td>updateAdGroup with bid</td><td>update_bid {ad_group: [id], bid: {set, value, CNY}}</td></tr>
 *   <tr><td>updateCampaign / updateAdGroup / updateCreative with status</td>
 *       <td>update_status {campaign | ad_group | creative: [id], status}</td></tr>
 *   <tr><td>listCampaigns / listAdGroups / listCreatives</td><td>list_entities {entity_type, status?,
 *       review_status? (creatives), campaign: [campaign_id]? (ad groups)}</td></tr>
 *   <tr><td>getCampaign</td><td>list_entities {entity_type: campaign, campaign: [id]}</td></tr>
 *   <tr><td>getAdGroup / getCreative</td><td>list_entities {entity_type: ad_group | creative} (the id is not
 *       kept: list_entities filters by campaign only)</td></tr>
 *   <tr><td>getAccount</td><td>account_balance</td></tr>
 *   <tr><td>searchHelpCenter</td><td>knowledge_qa</td></tr>
 * </table>
 *
 * A call that cannot be read as one frame is an error for the repair round: an update that changes nothing, or an
 * amount and a status at once (one frame per call: make two calls), creatives filtered by ad group (list_entities
 * has no such filter), any other tool.
 */
final class ToolFrames {

    /** The tools whose calls can be read as frames. */
    static final Set<String> TOOLS = Set.of("queryReport", "updateCampaign", "updateAdGroup", "updateCreative",
            "listCampaigns", "listAdGroups", "listCreatives", "getCampaign", "getAdGroup", "getCreative", "getAccount",
            "searchHelpCenter");

    /** The filters of queryReport, which are slots of the same names. */
    private static final List<String> REPORT_FILTERS = List.of(SlotNames.CAMPAIGN, SlotNames.AD_GROUP,
            SlotNames.CREATIVE, SlotNames.REGION, SlotNames.DEVICE, SlotNames.GENDER, SlotNames.AGE);

    /** A frame in the form of a {@code report_frames} frame, or why the call is none. */
    record Reading(ObjectNode frame, String error) {
        static Reading of(ObjectNode frame) {
            return new Reading(frame, null);
        }

        static Reading error(String error) {
            return new Reading(null, error);
        }

        String intent() {
            return frame == null ? null : frame.path("intent").asString();
        }
    }

    private ToolFrames() {}

    static boolean maps(String tool) {
        return TOOLS.contains(tool);
    }

    /** The frame the call {@code tool(arguments)} asks for; {@code arguments} is a JSON object. */
    static Reading read(String tool, JsonNode arguments) {
        return switch (tool) {
            case "queryReport" -> report(arguments);
            case "updateCampaign" -> update(arguments, SlotNames.CAMPAIGN, "daily_budget", "update_budget", SlotNames.BUDGET);
            case "updateAdGroup" -> update(arguments, SlotNames.AD_GROUP, "bid", "update_bid", SlotNames.BID);
            case "updateCreative" -> update(arguments, SlotNames.CREATIVE, null, null, null);
            case "listCampaigns" -> list(arguments, SlotNames.CAMPAIGN);
            case "listAdGroups" -> list(arguments, SlotNames.AD_GROUP);
            case "listCreatives" -> list(arguments, SlotNames.CREATIVE);
            case "getCampaign" -> {
                ObjectNode frame = frame("list_entities");
                slots(frame).put(SlotNames.ENTITY_TYPE, SlotNames.CAMPAIGN);
                copyId(arguments, slots(frame), SlotNames.CAMPAIGN);
                yield Reading.of(frame);
            }
            case "getAdGroup", "getCreative" -> {
                ObjectNode frame = frame("list_entities");
                slots(frame).put(SlotNames.ENTITY_TYPE, tool.equals("getAdGroup") ? SlotNames.AD_GROUP : SlotNames.CREATIVE);
                yield Reading.of(frame);
            }
            case "getAccount" -> Reading.of(frame("account_balance"));
            case "searchHelpCenter" -> Reading.of(frame("knowledge_qa"));
            default -> Reading.error("a call of " + tool + " says no request the copilot serves; use report_frames");
        };
    }

    private static Reading report(JsonNode args) {
        ObjectNode frame = frame("query_metrics");
        ObjectNode slots = slots(frame);
        for (String name : List.of(SlotNames.METRICS, SlotNames.DIMENSIONS, SlotNames.TIME_RANGE, SlotNames.LIMIT)) {
            if (args.hasNonNull(name)) slots.set(name, args.get(name));
        }
        JsonNode filters = args.path("filters");
        for (String name : REPORT_FILTERS) {
            if (filters.hasNonNull(name)) slots.set(name, filters.get(name));
        }
        if (args.path("order").isObject()) {
            JsonNode order = args.get("order");
            ObjectNode slot = slots.putObject(SlotNames.ORDER);
            slot.set("metric", order.get("metric"));
            slot.put("direction", order.path("direction").asString("desc"));
        }
        return Reading.of(frame);
    }

    /** An update of one entity: its amount ({@code amountField}, if the tool has one) or its status, not both. */
    private static Reading update(JsonNode args, String kind, String amountField, String amountIntent, String amountSlot) {
        boolean amount = amountField != null && args.hasNonNull(amountField);
        boolean status = args.hasNonNull("status");
        String changes = amountField == null ? "status" : amountField + " or status";
        if (amount && status) {
            return Reading.error("one change per call: make one call with " + amountField + " and another with status");
        }
        if (!amount && !status) return Reading.error("the call changes nothing; set " + changes);
        ObjectNode frame = frame(amount ? amountIntent : "update_status");
        ObjectNode slots = slots(frame);
        copyId(args, slots, kind);
        if (amount) {
            slots.putObject(amountSlot).put("op", "set").put("unit", "CNY").set("value", args.get(amountField));
        } else {
            slots.set(SlotNames.STATUS, args.get("status"));
        }
        return Reading.of(frame);
    }

    private static Reading list(JsonNode args, String kind) {
        if (args.hasNonNull("ad_group_id")) {
            return Reading.error("ad_group_id: the copilot lists creatives by campaign, status or review status, not "
                    + "by ad group; leave ad_group_id out, or use report_frames (list_entities with a campaign)");
        }
        ObjectNode frame = frame("list_entities");
        ObjectNode slots = slots(frame);
        slots.put(SlotNames.ENTITY_TYPE, kind);
        if (args.hasNonNull("status")) slots.set(SlotNames.STATUS, args.get("status"));
        if (args.hasNonNull("review_status")) slots.set(SlotNames.REVIEW_STATUS, args.get("review_status"));
        if (args.hasNonNull("campaign_id")) slots.putArray(SlotNames.CAMPAIGN).add(args.get("campaign_id"));
        return Reading.of(frame);
    }

    private static void copyId(JsonNode args, ObjectNode slots, String kind) {
        if (args.hasNonNull("id")) slots.putArray(kind).add(args.get("id"));
    }

    private static ObjectNode frame(String intent) {
        ObjectNode frame = Json.object().put("intent", intent);
        frame.putObject("slots");
        return frame;
    }

    private static ObjectNode slots(ObjectNode frame) {
        return (ObjectNode) frame.get("slots");
    }
}
