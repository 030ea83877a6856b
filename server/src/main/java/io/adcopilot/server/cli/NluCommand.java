package io.adcopilot.server.cli;

import io.adcopilot.agent.nlu.bio.BioBenchmark;
import io.adcopilot.agent.nlu.bio.BioCorpus;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.dataset.Datasets;
import io.adcopilot.core.json.Json;
import io.adcopilot.eval.nlu.Predictor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "nlu", mixinStandardHelpOptions = true, description = "The NLU engines: predictions and benchmarks.",
        subcommands = {NluCommand.Predict.class, NluCommand.Bio.class})
final class NluCommand {

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "Writes one prediction per dataset item, in order, in the format of ad-domain.md.")
    static final class Predict implements Callable<Integer> {

        @Option(names = "--dataset", required = true, description = "A dataset in the spec's JSONL.")
        Path dataset;

        @Option(names = "--out", required = true, description = "Where to write the predictions (JSONL).")
        Path out;

        @Option(names = "--engine", defaultValue = "embedded", description = "embedded (default), llm or cascade.")
        String engine;

        @Mixin
        LlmOptions llm;

        @Override
        public Integer call() throws IOException {
            if (!List.of("embedded", "llm", "cascade").contains(engine)) {
                System.err.println("unknown engine '" + engine + "': embedded, llm or cascade");
                return 2;
            }
            if (!engine.equals("embedded") && llm.config().isEmpty()) {
                System.err.println("engine '" + engine + "' needs an LLM: give --llm-base-url and --llm-model");
                return 2;
            }
            if (!Files.isRegularFile(dataset)) {
                System.err.println("no such dataset: " + dataset);
                return 2;
            }
            List<DatasetItem> items;
            try {
                items = Datasets.read(dataset);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            long started = System.nanoTime();
            try (var run = EmbeddedRun.start(llm.config())) {
                var predictions = Predictor.run(run.server().engine(engine), items, run.server()::principal);
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    for (var p : predictions) {
                        w.write(Json.MAPPER.writeValueAsString(p.prediction().toJson()));
                        w.newLine();
                    }
                }
            }
            System.out.printf("%d predictions written to %s (%.1f s)%n", items.size(), out, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    @Command(name = "bio", mixinStandardHelpOptions = true,
            description = "Trains the embedded intent classifier and slot tagger on a BIO split (seq.in, seq.out, label), "
                    + "writes pred.label and pred.seq.out aligned with --test, and prints the scores.")
    static final class Bio implements Callable<Integer> {

        @Option(names = "--train", required = true, description = "Training split directory (a 'valid' next to it is used for calibration).")
        Path train;

        @Option(names = "--test", required = true, description = "Test split directory.")
        Path test;

        @Option(names = "--out", required = true, description = "Where to write pred.label and pred.seq.out.")
        Path out;

        @Override
        public Integer call() {
            for (Path dir : List.of(train, test)) {
                if (!BioCorpus.isSplitDir(dir)) {
                    System.err.println(dir + " is not a BIO split: it needs seq.in, seq.out and label");
                    return 2;
                }
            }
            BioBenchmark.Result result = new BioBenchmark().run(train, test, out);
            System.out.println(result.summary());
            return 0;
        }
    }
}
