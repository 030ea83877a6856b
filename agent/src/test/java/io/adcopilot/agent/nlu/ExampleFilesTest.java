package io.adcopilot.agent.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the embedded NLU engine's labelled training examples ({@code nlu/examples/<intent>.jsonl}) against the
 * dataset format and slot value forms of {@code shared/spec/ad-domain.md}, and the demo catalog's entity ids.
 */
class ExampleFilesTest {

    private static final String DIR = "nlu/examples/";

    /** Intent, the id abbreviation its examples use, and the fewest examples its file must hold. */
    private record IntentFile(String intent, String abbrev, int minimum) {}

    private static final List<IntentFile> FILES = List.of(
            new IntentFile("query_metrics", "qm", 220),
            new IntentFile("diagnose_change", "dc", 90),
            new IntentFile("update_budget", "budget", 90),
            new IntentFile("update_bid", "bid", 80),
            new IntentFile("update_status", "status", 80),
            new IntentFile("list_entities", "list", 70),
            new IntentFile("account_balance", "balance", 45),
            new IntentFile("knowledge_qa", "kqa", 90),
            new IntentFile("smalltalk", "chat", 60),
            new IntentFile("out_of_scope", "oos", 110));

    private static final Map<String, Set<String>> SLOTS_BY_INTENT = Map.of(
            "query_metrics", Set.of("metrics", "time_range", "compare_to", "dimensions", "campaign", "ad_group",
                    "creative", "region", "device", "gender", "age", "order", "limit"),
            "diagnose_change", Set.of("metrics", "time_range", "compare_to", "campaign", "ad_group", "creative",
                    "region", "device"),
            "update_budget", Set.of("campaign", "budget"),
            "update_bid", Set.of("ad_group", "bid"),
            "update_status", Set.of("campaign", "ad_group", "creative", "status"),
            "list_entities", Set.of("entity_type", "status", "campaign", "review_status"),
            "account_balance", Set.of(),
            "knowledge_qa", Set.of(),
            "smalltalk", Set.of(),
            "out_of_scope", Set.of());

    /** Slots an example of the intent must carry (what makes it that intent's frame in these files). */
    private static final Map<String, Set<String>> REQUIRED_SLOTS = Map.of(
            "diagnose_change", Set.of("metrics"),
            "update_budget", Set.of("budget"),
            "update_bid", Set.of("bid"),
            "update_status", Set.of("status"),
            "list_entities", Set.of("entity_type"));

    private static final Set<String> METRICS = Set.of(
            "impressions", "clicks", "cost", "conversions", "revenue", "ctr", "cpc", "cpm", "cvr", "cpa", "roi");
    private static final Set<String> DIMENSIONS = Set.of(
            "date", "campaign", "ad_group", "creative", "region", "device", "gender", "age");
    private static final Set<String> REGIONS = Set.of(
            "北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东", "河南", "福建", "湖南", "陕西", "重庆", "天津", "安徽", "辽宁");
    private static final Set<String> DEVICES = Set.of("ios", "android", "pc");
    private static final Set<String> GENDERS = Set.of("male", "female");
    private static final Set<String> AGES = Set.of("18-23", "24-30", "31-40", "41-49", "50+");
    private static final Set<String> OPS = Set.of("set", "increase", "decrease");
    private static final Set<String> UNITS = Set.of("CNY", "percent");
    private static final Set<String> STATUSES = Set.of("paused", "active");
    private static final Set<String> ENTITY_TYPES = Set.of("campaign", "ad_group", "creative");
    private static final Set<String> REVIEW_STATUSES = Set.of("approved", "pending", "rejected");
    private static final Set<String> ADVERTISERS = Set.of("adv-1001", "adv-1002", "adv-1003");
    private static final Set<String> TOP_LEVEL = Set.of("id", "now", "advertiser", "history", "text", "intent", "slots");

    /** The demo catalog (shared/fixtures/demo-catalog.json): each campaign with its ad groups. */
    private static final Map<String, List<String>> CATALOG = new LinkedHashMap<>();

    static {
        CATALOG.put("c-1001", List.of("g-10011", "g-10012", "g-10013"));
        CATALOG.put("c-1002", List.of("g-10021", "g-10022"));
        CATALOG.put("c-1003", List.of("g-10031", "g-10032"));
        CATALOG.put("c-1004", List.of("g-10041", "g-10042"));
        CATALOG.put("c-1005", List.of("g-10051", "g-10052"));
        CATALOG.put("c-1006", List.of("g-10061", "g-10062"));
        CATALOG.put("c-1007", List.of("g-10071"));
        CATALOG.put("c-1008", List.of("g-10081", "g-10082"));
        CATALOG.put("c-2001", List.of("g-20011", "g-20012"));
        CATALOG.put("c-2002", List.of("g-20021", "g-20022", "g-20023"));
        CATALOG.put("c-2003", List.of("g-20031", "g-20032"));
        CATALOG.put("c-2004", List.of("g-20041", "g-20042"));
        CATALOG.put("c-2005", List.of("g-20051"));
        CATALOG.put("c-2006", List.of("g-20061", "g-20062"));
        CATALOG.put("c-2007", List.of("g-20071", "g-20072"));
        CATALOG.put("c-3001", List.of("g-30011", "g-30012"));
        CATALOG.put("c-3002", List.of("g-30021", "g-30022"));
        CATALOG.put("c-3003", List.of("g-30031"));
        CATALOG.put("c-3004", List.of("g-30041"));
        CATALOG.put("c-3005", List.of("g-30051", "g-30052"));
        CATALOG.put("c-3006", List.of("g-30061", "g-30062"));
    }

    /** Entity id (campaign, ad group, creative) to the advertiser that owns it. Every ad group has two creatives. */
    private static final Map<String, String> OWNER = new HashMap<>();

    static {
        CATALOG.forEach((campaign, adGroups) -> {
            String advertiser = "adv-100" + campaign.charAt(2);
            OWNER.put(campaign, advertiser);
            for (String adGroup : adGroups) {
                OWNER.put(adGroup, advertiser);
                OWNER.put("cr-" + adGroup.substring(2) + "1", advertiser);
                OWNER.put("cr-" + adGroup.substring(2) + "2", advertiser);
            }
        });
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** One line of one file. */
    private record Line(IntentFile file, int number, String raw, JsonNode node) {
        String where() {
            return file.intent() + ".jsonl:" + number;
        }
    }

    private static final List<Line> LINES = new ArrayList<>();
    private static final List<String> PARSE_ERRORS = new ArrayList<>();

    @BeforeAll
    static void load() {
        LINES.clear();
        PARSE_ERRORS.clear();
        for (IntentFile file : FILES) {
            String resource = DIR + file.intent() + ".jsonl";
            try (InputStream in = ExampleFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    PARSE_ERRORS.add("missing resource " + resource);
                    continue;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String raw;
                int number = 0;
                while ((raw = reader.readLine()) != null) {
                    number++;
                    if (raw.isBlank()) {
                        PARSE_ERRORS.add(file.intent() + ".jsonl:" + number + " blank line");
                        continue;
                    }
                    try {
                        JsonNode node = MAPPER.readTree(raw);
                        if (!node.isObject()) {
                            PARSE_ERRORS.add(file.intent() + ".jsonl:" + number + " not a JSON object");
                            continue;
                        }
                        LINES.add(new Line(file, number, raw, node));
                    } catch (JacksonException e) {
                        PARSE_ERRORS.add(file.intent() + ".jsonl:" + number + " invalid JSON: " + e.getOriginalMessage());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void everyLineIsAJsonObject() {
        assertThat(PARSE_ERRORS).isEmpty();
    }

    @Test
    void everyFileHoldsEnoughExamples() {
        Map<String, Long> counts = LINES.stream()
                .collect(Collectors.groupingBy(l -> l.file().intent(), Collectors.counting()));
        for (IntentFile file : FILES) {
            assertThat(counts.getOrDefault(file.intent(), 0L))
                    .as("examples in %s.jsonl", file.intent())
                    .isGreaterThanOrEqualTo(file.minimum());
        }
    }

    @Test
    void requiredFieldsArePresentAndWellFormed() {
        List<String> errors = new ArrayList<>();
        for (Line line : LINES) {
            JsonNode n = line.node();
            for (String field : n.propertyNames()) {
                if (!TOP_LEVEL.contains(field)) errors.add(line.where() + " unknown field " + field);
            }
            for (String field : List.of("id", "now", "advertiser", "text", "intent")) {
                if (!n.has(field) || !n.get(field).isString() || n.get(field).stringValue().isBlank()) {
                    errors.add(line.where() + " missing or blank string field " + field);
                }
            }
            if (!n.has("slots") || !n.get("slots").isObject()) errors.add(line.where() + " slots is not an object");
            if (n.has("text") && n.get("text").isString()) {
                String text = n.get("text").stringValue();
                if (!text.equals(text.strip())) errors.add(line.where() + " text has surrounding whitespace");
            }
            if (n.has("advertiser") && !ADVERTISERS.contains(n.get("advertiser").asString())) {
                errors.add(line.where() + " unknown advertiser " + n.get("advertiser"));
            }
            if (n.has("history")) {
                JsonNode history = n.get("history");
                if (!history.isArray() || history.isEmpty()) {
                    errors.add(line.where() + " history must be a non-empty array");
                } else {
                    for (JsonNode turn : history) {
                        boolean ok = turn.isObject() && turn.size() == 2
                                && turn.path("role").isString()
                                && Set.of("user", "assistant").contains(turn.get("role").stringValue())
                                && turn.path("text").isString() && !turn.get("text").stringValue().isBlank();
                        if (!ok) errors.add(line.where() + " bad history turn " + turn);
                    }
                    if (!history.get(0).path("role").asString().equals("user")) {
                        errors.add(line.where() + " history must start with a user turn");
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void idsAreUniqueAndFollowTheFilesAbbreviation() {
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : LINES) {
            String id = line.node().path("id").asString();
            if (!seen.add(id)) errors.add(line.where() + " duplicate id " + id);
            if (!Pattern.matches("ex-" + line.file().abbrev() + "-\\d{4}", id)) {
                errors.add(line.where() + " id " + id + " does not match ex-" + line.file().abbrev() + "-NNNN");
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void intentIsTheFilesIntent() {
        List<String> errors = new ArrayList<>();
        for (Line line : LINES) {
            String intent = line.node().path("intent").asString();
            if (!intent.equals(line.file().intent())) errors.add(line.where() + " intent " + intent);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void nowIsAnInstantWithTheShanghaiOffset() {
        List<String> errors = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (Line line : LINES) {
            String now = line.node().path("now").asString();
            try {
                OffsetDateTime parsed = OffsetDateTime.parse(now);
                if (!parsed.getOffset().equals(ZoneOffset.ofHours(8))) errors.add(line.where() + " offset of " + now);
                distinct.add(now);
            } catch (DateTimeParseException e) {
                errors.add(line.where() + " now does not parse with an offset: " + now);
            }
        }
        assertThat(errors).isEmpty();
        assertThat(distinct).as("distinct now values").hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void slotKeysAreAllowedForTheIntent() {
        List<String> errors = new ArrayList<>();
        for (Line line : LINES) {
            String intent = line.file().intent();
            JsonNode slots = line.node().path("slots");
            Set<String> allowed = SLOTS_BY_INTENT.get(intent);
            for (String key : slots.propertyNames()) {
                if (!allowed.contains(key)) errors.add(line.where() + " slot " + key + " not allowed for " + intent);
            }
            for (String key : REQUIRED_SLOTS.getOrDefault(intent, Set.of())) {
                if (!slots.has(key)) errors.add(line.where() + " missing slot " + key);
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void slotValuesHaveTheSpecsForms() {
        List<String> errors = new ArrayList<>();
        for (Line line : LINES) {
            JsonNode slots = line.node().path("slots");
            LocalDate today;
            try {
                today = OffsetDateTime.parse(line.node().path("now").asString()).toLocalDate();
            } catch (DateTimeParseException e) {
                continue; // reported by nowIsAnInstantWithTheShanghaiOffset
            }
            String w = line.where();
            for (Map.Entry<String, JsonNode> slot : slots.properties()) {
                JsonNode v = slot.getValue();
                switch (slot.getKey()) {
                    case "metrics" -> {
                        checkList(errors, w, "metrics", v, METRICS);
                        if (line.file().intent().equals("diagnose_change") && v.size() != 1) {
                            errors.add(w + " diagnose_change needs exactly one metric");
                        }
                    }
                    case "dimensions" -> checkList(errors, w, "dimensions", v, DIMENSIONS);
                    case "region" -> checkList(errors, w, "region", v, REGIONS);
                    case "device" -> checkList(errors, w, "device", v, DEVICES);
                    case "gender" -> checkList(errors, w, "gender", v, GENDERS);
                    case "age" -> checkList(errors, w, "age", v, AGES);
                    case "campaign", "ad_group", "creative" -> checkList(errors, w, slot.getKey(), v, OWNER.keySet());
                    case "time_range", "compare_to" -> checkRange(errors, w, slot.getKey(), v, today);
                    case "order" -> {
                        if (!v.isObject() || v.size() != 2 || !METRICS.contains(v.path("metric").asString())
                                || !Set.of("asc", "desc").contains(v.path("direction").asString())) {
                            errors.add(w + " bad order " + v);
                        }
                    }
                    case "limit" -> {
                        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
                            errors.add(w + " bad limit " + v);
                        }
                    }
                    case "budget", "bid" -> checkAmount(errors, w, slot.getKey(), v);
                    case "status" -> checkScalar(errors, w, "status", v, STATUSES);
                    case "entity_type" -> checkScalar(errors, w, "entity_type", v, ENTITY_TYPES);
                    case "review_status" -> checkScalar(errors, w, "review_status", v, REVIEW_STATUSES);
                    default -> errors.add(w + " unknown slot " + slot.getKey());
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void entityIdsExistAndBelongToTheExamplesAdvertiser() {
        List<String> errors = new ArrayList<>();
        for (Line line : LINES) {
            String advertiser = line.node().path("advertiser").asString();
            JsonNode slots = line.node().path("slots");
            for (String key : List.of("campaign", "ad_group", "creative")) {
                String prefix = switch (key) {
                    case "campaign" -> "c-";
                    case "ad_group" -> "g-";
                    default -> "cr-";
                };
                for (JsonNode id : slots.path(key)) {
                    String value = id.asString();
                    if (!value.startsWith(prefix) || !OWNER.containsKey(value)) {
                        errors.add(line.where() + " " + key + " " + value + " is not a known " + key + " id");
                    } else if (!OWNER.get(value).equals(advertiser)) {
                        errors.add(line.where() + " " + value + " belongs to " + OWNER.get(value) + ", not " + advertiser);
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void noUtteranceIsRepeated() {
        Map<String, String> seen = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (Line line : LINES) {
            String key = line.node().path("history").toString() + "\u0000" + line.node().path("text").asString();
            String earlier = seen.putIfAbsent(key, line.where());
            if (earlier != null) errors.add(line.where() + " repeats " + earlier);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void noExampleCopiesADevelopmentSetUtterance() throws IOException {
        Path dev = Path.of("../../shared/datasets/ad-nlu-dev.jsonl");
        assumeTrue(Files.isRegularFile(dev), "development set not present at " + dev.toAbsolutePath());
        Set<String> devTexts = new HashSet<>();
        for (String raw : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            if (raw.isBlank()) continue;
            devTexts.add(normalize(MAPPER.readTree(raw).path("text").asString()));
        }
        assertThat(devTexts).isNotEmpty();
        List<String> copies = LINES.stream()
                .filter(l -> devTexts.contains(normalize(l.node().path("text").asString())))
                .map(l -> l.where() + " " + l.node().path("text").asString())
                .toList();
        assertThat(copies).isEmpty();
    }

    private static String normalize(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkList(List<String> errors, String where, String slot, JsonNode v, Set<String> allowed) {
        if (!v.isArray() || v.isEmpty()) {
            errors.add(where + " " + slot + " must be a non-empty list: " + v);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode e : v) {
            if (!e.isString() || !allowed.contains(e.stringValue())) errors.add(where + " " + slot + " value " + e);
            else if (!seen.add(e.stringValue())) errors.add(where + " " + slot + " repeats " + e);
        }
    }

    private static void checkScalar(List<String> errors, String where, String slot, JsonNode v, Set<String> allowed) {
        if (!v.isString() || !allowed.contains(v.stringValue())) errors.add(where + " bad " + slot + " " + v);
    }

    private static void checkRange(List<String> errors, String where, String slot, JsonNode v, LocalDate today) {
        if (!v.isObject() || v.size() != 2 || !v.path("start").isString() || !v.path("end").isString()) {
            errors.add(where + " " + slot + " must be {start, end}: " + v);
            return;
        }
        try {
            LocalDate start = LocalDate.parse(v.get("start").stringValue());
            LocalDate end = LocalDate.parse(v.get("end").stringValue());
            if (start.isAfter(end)) errors.add(where + " " + slot + " starts after it ends: " + v);
            if (end.isAfter(today)) errors.add(where + " " + slot + " ends after now: " + v);
        } catch (DateTimeParseException e) {
            errors.add(where + " " + slot + " dates are not ISO dates: " + v);
        }
    }

    private static void checkAmount(List<String> errors, String where, String slot, JsonNode v) {
        if (!v.isObject() || v.size() != 3 || !OPS.contains(v.path("op").asString())
                || !UNITS.contains(v.path("unit").asString()) || !v.path("value").isNumber()) {
            errors.add(where + " bad " + slot + " " + v);
            return;
        }
        double value = v.get("value").doubleValue();
        if (value <= 0) errors.add(where + " " + slot + " value must be positive: " + v);
        if (v.get("unit").stringValue().equals("percent")) {
            if (v.get("op").stringValue().equals("set")) errors.add(where + " " + slot + " cannot set to a percent: " + v);
            if (v.get("op").stringValue().equals("decrease") && value >= 100) {
                errors.add(where + " " + slot + " cannot decrease by 100% or more: " + v);
            }
        }
    }
}
