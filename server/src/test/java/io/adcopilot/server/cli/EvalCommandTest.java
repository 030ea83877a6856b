package io.adcopilot.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.TestPlatforms;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eval run} on a small labelled dataset with the embedded stack, then {@code eval gate} on its result: the
 * same run passes, a run that answers query_metrics to everything fails, and unusable input exits 2 with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalCommandTest {

    /** Exit code, standard output and standard error of one command. */
    record Outcome(int code, String out, String err) {}

    private Path dir;
    private Path dataset;
    private Path baseline;
    private Outcome run;

    static synchronized Outcome adcopilot(String... args) {
        PrintStream out = System.out, err = System.err;
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Outcome(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @BeforeAll
    void runOnce() throws Exception {
        dir = TestPlatforms.emptyDir("eval-");
        dataset = dir.resolve("small.jsonl");
        Files.copy(Objects.requireNonNull(getClass().getResourceAsStream("/eval/small.jsonl")), dataset);
        baseline = dir.resolve("out/A.json");
        run = adcopilot("eval", "run", "--dataset", dataset.toString(), "--out", baseline.toString(), "--name", "base");
    }

    @Test
    void runWritesTheExperimentAndASummary() throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(Files.readString(baseline));
        assertThat(r.path("name").asString()).isEqualTo("base");
        assertThat(r.path("dataset").asString()).isEqualTo("small");
        assertThat(r.path("engine").asString()).isEqualTo("embedded");
        for (String metric : new String[]{"intent_accuracy", "intent_macro_f1", "slot_precision", "slot_recall",
                "slot_f1", "frame_accuracy", "oos_precision", "oos_recall"}) {
            assertThat(r.path("metrics").path(metric).isNumber()).as(metric).isTrue();
        }
        assertThat(r.path("predictions").size()).isEqualTo(20);
        assertThat(r.path("predictions").get(0).path("id").asString()).isEqualTo("dev-0001");
        assertThat(r.path("predictions").get(0).path("slots").path("campaign").get(0).asString()).isEqualTo("c-1001");
        // the embedded engine knows these dev items
        assertThat(r.path("metrics").path("intent_accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.path("throughput_items_per_s").asDouble()).isPositive();
        assertThat(r.path("items").get(0).path("error").isMissingNode()).isTrue();
        assertThat(run.out()).contains("engine embedded on small (20 items", "intent_accuracy", "oos_recall",
                "latency ms", "items/s", "written to " + baseline);
    }

    @Test
    void theSameRunPassesTheGate() {
        Outcome gate = adcopilot("eval", "gate", "--baseline", baseline.toString(), "--candidate", baseline.toString(),
                "--min-intent-accuracy", "0.8");
        assertThat(gate.code()).as(gate.out() + gate.err()).isZero();
        assertThat(gate.out()).contains("PASS  paired items", "PASS  intent accuracy", "result: PASS");
        assertThat(gate.out()).doesNotContain("FAIL");
    }

    @Test
    void aRegressionFailsTheGate() throws Exception {
        Path candidate = degraded();
        Outcome gate = adcopilot("eval", "gate", "--baseline", baseline.toString(), "--candidate", candidate.toString());
        assertThat(gate.code()).as(gate.out() + gate.err()).isEqualTo(1);
        assertThat(gate.out()).contains("FAIL  overall accuracy change", "significant", "result: FAIL",
                "new intents (never predicted by the baseline)", "remember_preference: predicted for 2 items");
        assertThat(gate.out()).containsPattern("FAIL  intent update_budget +1\\.0000 → 0\\.0000");

        // tolerating any drop leaves the water level to decide
        assertThat(adcopilot("eval", "gate", "--baseline", baseline.toString(), "--candidate", candidate.toString(),
                "--max-intent-drop", "1", "--min-intent-accuracy", "0.1").code()).isZero();
        Outcome low = adcopilot("eval", "gate", "--baseline", baseline.toString(), "--candidate", candidate.toString(),
                "--max-intent-drop", "1", "--min-intent-accuracy", "0.5");
        assertThat(low.code()).isEqualTo(1);
        assertThat(low.out()).contains("FAIL  intent accuracy").contains("< 0.5000");
    }

    /** The baseline's run with every prediction turned into query_metrics, two of them into a new intent. */
    private Path degraded() throws Exception {
        ObjectNode r = (ObjectNode) Json.MAPPER.readTree(Files.readString(baseline));
        r.put("id", "exp_degraded").put("name", "degraded");
        int n = 0;
        for (JsonNode p : r.path("predictions")) {
            ((ObjectNode) p).put("intent", n++ < 2 ? "remember_preference" : "query_metrics");
        }
        Path candidate = dir.resolve("B.json");
        Files.writeString(candidate, Json.MAPPER.writeValueAsString(r));
        return candidate;
    }

    @Test
    void unusableInputExitsTwoWithAMessage() throws Exception {
        Outcome missing = adcopilot("eval", "run", "--dataset", dir.resolve("none.jsonl").toString(), "--out",
                dir.resolve("x.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such dataset");

        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readAllLines(dataset).get(0) + "\nnot json\n"
                + "{\"id\": \"x\", \"now\": \"2026-11-20T10:00:00+08:00\", \"advertiser\": \"adv-1001\", \"text\": \"hi\"}\n");
        Outcome malformed = adcopilot("eval", "run", "--dataset", bad.toString(), "--out", dir.resolve("x.json").toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("bad.jsonl is not a valid dataset (2 problems)", "line 2: not JSON",
                "line 3, intent: is required").doesNotContain("\tat ");
        assertThat(dir.resolve("x.json")).doesNotExist();

        assertThat(adcopilot("eval", "run", "--dataset", dataset.toString(), "--out", dir.resolve("x.json").toString(),
                "--engine", "gpt").code()).isEqualTo(2);

        Outcome noBaseline = adcopilot("eval", "gate", "--baseline", dir.resolve("none.json").toString(),
                "--candidate", baseline.toString());
        assertThat(noBaseline.code()).isEqualTo(2);
        assertThat(noBaseline.err()).contains("no such experiment file");
        Outcome notAnExperiment = adcopilot("eval", "gate", "--baseline", dataset.toString(), "--candidate",
                baseline.toString());
        assertThat(notAnExperiment.code()).isEqualTo(2);
        assertThat(notAnExperiment.err()).contains("is not JSON").doesNotContain("\tat ");
        Outcome badPolicy = adcopilot("eval", "gate", "--baseline", baseline.toString(), "--candidate",
                baseline.toString(), "--min-intent-accuracy", "95");
        assertThat(badPolicy.code()).isEqualTo(2);
        assertThat(badPolicy.err()).contains("min intent accuracy must be in [0, 1]");
    }
}
