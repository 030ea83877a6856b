package io.adcopilot.server.cli;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.llm.CascadeEngine;
import io.adcopilot.agent.nlu.llm.LlmConfig;
import io.adcopilot.agent.nlu.llm.LlmNluEngine;
import io.adcopilot.agent.platform.GatewayCatalogSource;
import io.adcopilot.eval.compare.Comparison;
import io.adcopilot.eval.compare.Comparisons;
import io.adcopilot.eval.dataset.DatasetJsonl;
import io.adcopilot.eval.dataset.InvalidDatasetException;
import io.adcopilot.eval.experiment.DatasetRef;
import io.adcopilot.eval.experiment.EngineUnderTest;
import io.adcopilot.eval.experiment.Experiment;
import io.adcopilot.eval.experiment.ExperimentJson;
import io.adcopilot.eval.experiment.ExperimentReport;
import io.adcopilot.eval.experiment.ExperimentRunner;
import io.adcopilot.eval.experiment.LlmUsageMeter;
import io.adcopilot.eval.experiment.Pricing;
import io.adcopilot.eval.gate.GatePolicy;
import io.adcopilot.eval.gate.GateReport;
import io.adcopilot.eval.gate.GateVerdict;
import io.adcopilot.server.AdCopilotServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Experiments over labelled datasets, and the regression gate for CI.",
        subcommands = {EvalCommand.Run.class, EvalCommand.Gate.class})
final class EvalCommand {

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Runs an engine over a dataset (the spec's JSONL) and writes the experiment as JSON: name, "
                    + "dataset, engine, metrics, one prediction per item, per-intent and per-slot scores, confusion "
                    + "matrix, latency, throughput, and LLM tokens (and cost, given prices) for llm and cascade.",
                    "Prints a summary. Exit 0 when written, 2 when the input is not usable."})
    static final class Run implements Callable<Integer> {

        @Option(names = "--dataset", required = true, description = "A labelled dataset in the spec's JSONL.")
        Path dataset;

        @Option(names = "--out", required = true, description = "Where to write the experiment (JSON).")
        Path out;

        @Option(names = "--engine", defaultValue = "embedded", description = "embedded (default), llm or cascade.")
        String engine;

        @Option(names = "--name", description = "The experiment's name (default: <dataset>-<engine>).")
        String name;

        @Option(names = "--threads", description = "Items understood at once (default: the number of processors).")
        Integer threads;

        @Option(names = "--input-price", description = "LLM price per million input tokens, for the cost.")
        Double inputPrice;

        @Option(names = "--output-price", description = "LLM price per million output tokens, for the cost.")
        Double outputPrice;

        @Option(names = "--currency", defaultValue = "CNY", description = "Currency of the prices (default ${DEFAULT-VALUE}).")
        String currency;

        @Mixin
        LlmOptions llm;

        @Override
        public Integer call() {
            if (!List.of("embedded", "llm", "cascade").contains(engine)) {
                System.err.println("unknown engine '" + engine + "': embedded, llm or cascade");
                return 2;
            }
            Optional<LlmConfig> config = llm.config();
            if (!engine.equals("embedded") && config.isEmpty()) {
                System.err.println("engine '" + engine + "' needs an LLM: give --llm-base-url and --llm-model");
                return 2;
            }
            if (threads != null && threads < 1) {
                System.err.println("--threads must be at least 1");
                return 2;
            }
            if (!Files.isRegularFile(dataset)) {
                System.err.println("no such dataset: " + dataset);
                return 2;
            }
            List<ObjectNode> nodes;
            try {
                nodes = DatasetJsonl.read(dataset);
            } catch (InvalidDatasetException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            Optional<Pricing> pricing = inputPrice == null && outputPrice == null ? Optional.empty()
                    : Optional.of(new Pricing(inputPrice == null ? 0 : inputPrice, outputPrice == null ? 0 : outputPrice, currency));
            List<DatasetItem> items = DatasetJsonl.items(nodes);
            DatasetRef ref = DatasetRef.file(baseName(dataset), DatasetJsonl.hash(nodes));
            var options = ExperimentRunner.Options.named(name);
            if (threads != null) options = options.withThreads(threads);
            Experiment experiment;
            try (var run = EmbeddedRun.start(config)) {
                AdCopilotServer server = run.server();
                EngineUnderTest chosen = EngineUnderTest.of(server.nlu());
                if (!engine.equals("embedded")) {
                    LlmUsageMeter meter = new LlmUsageMeter();
                    LlmNluEngine asked = new LlmNluEngine(config.get(), new GatewayCatalogSource(server.gateway()),
                            server.nlu(), meter);
                    chosen = EngineUnderTest.metered(engine.equals("llm") ? asked : new CascadeEngine(server.nlu(), asked),
                            meter, pricing);
                }
                experiment = new ExperimentRunner(Clock.systemUTC()).run(ref, items, chosen.engine(), server::principal,
                        chosen.applyTo(options));
            }
            ExperimentJson.write(experiment, out);
            System.out.print(ExperimentReport.summary(experiment));
            System.out.println("written to " + out);
            return 0;
        }

        private static String baseName(Path file) {
            String name = file.getFileName().toString();
            return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        }
    }

    @Command(name = "gate", mixinStandardHelpOptions = true,
            description = {"Compares a candidate experiment with a baseline, item by item, and fails when the candidate "
                    + "regresses: overall intent accuracy below --min-intent-accuracy, or an intent's accuracy "
                    + "(or the overall accuracy) falling by more than --max-intent-drop with McNemar's p below "
                    + "--alpha.",
                    "Prints every check with its numbers. Exit 0 when the candidate holds, 1 when it regresses, 2 when "
                            + "an input is not usable."})
    static final class Gate implements Callable<Integer> {

        @Option(names = "--baseline", required = true, description = "The baseline experiment (from eval run).")
        Path baseline;

        @Option(names = "--candidate", required = true, description = "The candidate experiment (from eval run).")
        Path candidate;

        @Option(names = "--min-intent-accuracy", description = "Water level for the candidate's intent accuracy (0–1; default: none).")
        Double minIntentAccuracy;

        @Option(names = "--max-intent-drop", defaultValue = "" + GatePolicy.DEFAULT_MAX_INTENT_DROP,
                description = "Largest significant drop tolerated in an intent's accuracy (default ${DEFAULT-VALUE}).")
        double maxIntentDrop;

        @Option(names = "--alpha", defaultValue = "" + GatePolicy.DEFAULT_ALPHA,
                description = "Significance level of McNemar's test (default ${DEFAULT-VALUE}).")
        double alpha;

        @Override
        public Integer call() {
            GatePolicy policy;
            Experiment before;
            Experiment after;
            try {
                policy = new GatePolicy(minIntentAccuracy == null ? OptionalDouble.empty()
                        : OptionalDouble.of(minIntentAccuracy), maxIntentDrop, alpha);
                before = ExperimentJson.read(baseline);
                after = ExperimentJson.read(candidate);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            Comparison comparison = Comparisons.compare(before, after);
            GateVerdict verdict = io.adcopilot.eval.gate.Gate.evaluate(comparison, policy);
            System.out.print(GateReport.text(comparison, policy, verdict));
            return verdict.passed() ? 0 : 1;
        }
    }
}
