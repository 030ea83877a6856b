package io.adcopilot.agent.nlu.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.adcopilot.agent.nlu.slot.SlotNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The one tool the model answers through, {@code report_frames}: a list of frames, each an intent from the domain,
 * its slots in the spec's value forms, a confidence, and the entity mentions that fit several entities.
 */
final class FrameTool {

    static final String NAME = "report_frames";
    static final ToolSpecification SPECIFICATION = ToolSpecification.builder()
            .name(NAME)
            .description("Report what the user's current utterance means: one frame per thing asked, in order.")
            .parameters(JsonObjectSchema.builder()
                    .addProperty("frames", JsonArraySchema.builder().items(frame()).build())
                    .required("frames")
                    .build())
            .build();

    private FrameTool() {}

    private static JsonObjectSchema frame() {
        return JsonObjectSchema.builder()
                .addProperty("intent", JsonEnumSchema.builder()
                        .enumValues(new ArrayList<>(DomainVocabulary.INTENTS.keySet())).build())
                .addProperty("slots", slots())
                .addProperty("confidence", JsonNumberSchema.builder()
                        .description("how sure you are of intent and slots, 0 to 1").build())
                .addProperty("ambiguities", JsonArraySchema.builder()
                        .description("entity mentions that fit several entities equally well; such a mention fills no slot")
                        .items(ambiguity()).build())
                .required("intent", "slots", "confidence")
                .build();
    }

    private static JsonObjectSchema slots() {
        JsonObjectSchema.Builder slots = JsonObjectSchema.builder()
                .description("only slots grounded in the utterance or the conversation; omit the others");
        for (String name : List.of(SlotNames.METRICS, SlotNames.DIMENSIONS, SlotNames.REGION, SlotNames.DEVICE,
                SlotNames.GENDER, SlotNames.AGE)) {
            slots.addProperty(name, JsonArraySchema.builder().items(oneOf(DomainVocabulary.VALUES.get(name))).build());
        }
        slots.addProperty(SlotNames.TIME_RANGE, dateRange());
        slots.addProperty(SlotNames.COMPARE_TO, dateRange());
        for (String kind : DomainVocabulary.ENTITY_KINDS) {
            slots.addProperty(kind, JsonArraySchema.builder().description(kind + " ids from the entity list")
                    .items(new JsonStringSchema()).build());
        }
        slots.addProperty(SlotNames.ORDER, JsonObjectSchema.builder()
                .addProperty("metric", oneOf(DomainVocabulary.METRICS))
                .addProperty("direction", oneOf(DomainVocabulary.DIRECTIONS))
                .required("metric", "direction").build());
        slots.addProperty(SlotNames.LIMIT, JsonIntegerSchema.builder().build());
        slots.addProperty(SlotNames.BUDGET, amount());
        slots.addProperty(SlotNames.BID, amount());
        for (String name : List.of(SlotNames.STATUS, SlotNames.ENTITY_TYPE, SlotNames.REVIEW_STATUS)) {
            slots.addProperty(name, oneOf(DomainVocabulary.VALUES.get(name)));
        }
        return slots.build();
    }

    private static JsonObjectSchema dateRange() {
        return JsonObjectSchema.builder()
                .addStringProperty("start", "YYYY-MM-DD")
                .addStringProperty("end", "YYYY-MM-DD, inclusive")
                .required("start", "end").build();
    }

    private static JsonObjectSchema amount() {
        return JsonObjectSchema.builder()
                .addProperty("op", oneOf(DomainVocabulary.OPS))
                .addNumberProperty("value")
                .addProperty("unit", oneOf(DomainVocabulary.UNITS))
                .required("op", "value", "unit").build();
    }

    private static JsonObjectSchema ambiguity() {
        return JsonObjectSchema.builder()
                .addStringProperty("mention", "the words said")
                .addProperty("slot", oneOf(DomainVocabulary.ENTITY_KINDS))
                .addProperty("candidates", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .required("mention", "slot", "candidates").build();
    }

    private static JsonSchemaElement oneOf(List<String> values) {
        return JsonEnumSchema.builder().enumValues(values).build();
    }
}
