package io.adcopilot.server.api;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.eval.compare.Comparison;
import io.adcopilot.eval.dataset.AnnotatedTraceItems;
import io.adcopilot.eval.compare.ComparisonJson;
import io.adcopilot.eval.compare.Comparisons;
import io.adcopilot.eval.dataset.DatasetJsonl;
import io.adcopilot.eval.dataset.DatasetStore;
import io.adcopilot.eval.dataset.DatasetVersion;
import io.adcopilot.eval.dataset.InvalidDatasetException;
import io.adcopilot.eval.experiment.DatasetRef;
import io.adcopilot.eval.experiment.EngineUnderTest;
import io.adcopilot.eval.experiment.Experiment;
import io.adcopilot.eval.experiment.ExperimentJson;
import io.adcopilot.eval.experiment.ExperimentRunner;
import io.adcopilot.eval.experiment.ExperimentStore;
import io.adcopilot.eval.gate.Gate;
import io.adcopilot.eval.gate.GatePolicy;
import io.adcopilot.eval.gate.GateReport;
import io.adcopilot.eval.gate.GateVerdict;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Datasets and experiments for the console, every route behind {@code requireReviewer} (which throws an
 * {@link ApiError} for a caller who may not use them):
 * <ul>
 *   <li>{@code GET /api/datasets}: the latest version of every dataset;</li>
 *   <li>{@code POST /api/datasets?name=N}: a JSONL body imported as the next version of N (201; 400 naming the
 *       lines at fault);</li>
 *   <li>{@code GET /api/datasets/{name}}: its versions; {@code GET /api/datasets/{name}/export[?version=V]}: a
 *       version (default the latest) as JSONL;</li>
 *   <li>{@code POST /api/datasets/{name}/items[?source=S]}: one item (the spec's form, e.g. from an annotated
 *       trace) appended as a new version (201; 409 when the id is already there);</li>
 *   <li>{@code POST /api/experiments {dataset, version?, engine?, name?, threads?}}: runs the engine over the
 *       dataset version (default the latest) now, keeps the experiment and answers it as {@code eval run} writes
 *       it (201);</li>
 *   <li>{@code POST /api/datasets/{name}/items/from-trace/{trace_id}}: a labelled live turn appended as an item
 *       (its text, time, advertiser and earlier user turns, and the first reviewer's label; 201; 409 when the
 *       turn has no label yet or is already in the dataset);</li>
 *   <li>{@code GET /api/experiments}: summaries, newest first; {@code GET /api/experiments/{id}}: one, whole;</li>
 *   <li>{@code GET /api/experiments/compare?baseline=&candidate=[&min_intent_accuracy=&max_intent_drop=&alpha=]}:
 *       the comparison, the gate's verdict and its text report.</li>
 * </ul>
 */
public final class EvalApi {

    private static final int MAX_THREADS = 16;

    private final DatasetStore datasets;
    private final ExperimentStore experiments;
    private final ExperimentRunner runner;
    private final Function<String, EngineUnderTest> engines;
    private final Function<String, Principal> principals;
    private final Consumer<Context> requireReviewer;
    private final AnnotatedTraceItems annotatedTraces;

    /**
     * @param engines         an engine by name ({@code embedded}, {@code llm}, {@code cascade}); throws
     *                        IllegalArgumentException for a name it does not serve
     * @param principals      a principal of an advertiser, for understanding that advertiser's items
     * @param requireReviewer checks the caller; throws an {@link ApiError} (401/403) to refuse
     */
    public EvalApi(DatasetStore datasets, ExperimentStore experiments, ExperimentRunner runner,
                   Function<String, EngineUnderTest> engines, Function<String, Principal> principals,
                   Consumer<Context> requireReviewer, AnnotatedTraceItems annotatedTraces) {
        this.datasets = datasets;
        this.annotatedTraces = annotatedTraces;
        this.experiments = experiments;
        this.runner = runner;
        this.engines = engines;
        this.principals = principals;
        this.requireReviewer = requireReviewer;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/datasets", this::listDatasets);
        routes.post("/api/datasets", this::importDataset);
        routes.get("/api/datasets/{name}", this::versions);
        routes.get("/api/datasets/{name}/export", this::export);
        routes.post("/api/datasets/{name}/items", this::addItem);
        routes.post("/api/datasets/{name}/items/from-trace/{trace_id}", this::addAnnotatedTrace);
        routes.post("/api/experiments", this::runExperiment);
        routes.get("/api/experiments", this::listExperiments);
        routes.get("/api/experiments/compare", this::compare);
        routes.get("/api/experiments/{id}", this::experiment);
    }

    private void listDatasets(Context ctx) {
        requireReviewer.accept(ctx);
        ctx.json(Map.of("items", datasets.list().stream().map(EvalViews::version).toList()));
    }

    private void importDataset(Context ctx) {
        requireReviewer.accept(ctx);
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("name", "name is required: POST /api/datasets?name=my-dataset with the JSONL as the body");
        }
        DatasetVersion v;
        try {
            v = datasets.importJsonl(name, ctx.body(), "upload");
        } catch (InvalidDatasetException e) {
            throw ApiError.badRequest("body", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("name", e.getMessage());
        }
        ctx.status(201).json(EvalViews.version(v));
    }

    private void versions(Context ctx) {
        requireReviewer.accept(ctx);
        String name = ctx.pathParam("name");
        var versions = datasets.versions(name);
        if (versions.isEmpty()) throw ApiError.notFound("no dataset " + name);
        ObjectNode out = Json.object().put("name", name);
        var array = out.putArray("versions");
        versions.forEach(v -> array.add(EvalViews.version(v)));
        ctx.json(out);
    }

    private void export(Context ctx) {
        requireReviewer.accept(ctx);
        DatasetVersion v = version(ctx.pathParam("name"), ctx.queryParam("version"), "version");
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + v.name() + "-v" + v.version() + ".jsonl\"");
        ctx.result(datasets.exportJsonl(v));
    }

    private void addItem(Context ctx) {
        requireReviewer.accept(ctx);
        JsonNode body = JsonBodies.object(ctx, "one dataset item: {\"id\", \"now\", \"advertiser\", \"history\"?, "
                + "\"text\", \"intent\", \"slots\"}");
        add(ctx, body, ctx.queryParam("source"));
    }

    private void addAnnotatedTrace(Context ctx) {
        requireReviewer.accept(ctx);
        String traceId = ctx.pathParam("trace_id");
        ObjectNode item;
        try {
            item = annotatedTraces.item(traceId).orElseThrow(() -> ApiError.notFound("no trace " + traceId));
        } catch (IllegalStateException e) {
            throw new ApiError(409, "conflict", e.getMessage(), "label the turn in the annotation queue first",
                    "trace_id", null);
        }
        add(ctx, item, "trace " + traceId);
    }

    private void add(Context ctx, JsonNode body, String source) {
        DatasetItem item;
        try {
            item = DatasetItem.fromJson(DatasetJsonl.check(body, "the item"));
        } catch (InvalidDatasetException e) {
            var first = e.problems().get(0);
            throw ApiError.badRequest(first.field(), e.getMessage());
        }
        DatasetVersion v;
        try {
            v = datasets.addItem(ctx.pathParam("name"), item, source == null || source.isBlank() ? "item " + item.id() : source);
        } catch (InvalidDatasetException e) {
            throw ApiError.badRequest("body", e.getMessage());
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("already has an item")) {
                throw new ApiError(409, "conflict", e.getMessage(), "give the item a new id", "id", null);
            }
            throw ApiError.badRequest("name", e.getMessage());
        }
        ctx.status(201).json(EvalViews.version(v));
    }

    private void runExperiment(Context ctx) {
        requireReviewer.accept(ctx);
        JsonNode body = JsonBodies.object(ctx, "{\"dataset\": name, \"version\"?: n, \"engine\"?: \"embedded\"|\"llm\"|"
                + "\"cascade\", \"name\"?: text, \"threads\"?: n}");
        String name = JsonBodies.text(body, "dataset", 100, "the name of a dataset to run on");
        JsonNode version = body.path("version");
        if (!version.isMissingNode() && !version.isNull() && !version.isIntegralNumber()) {
            throw ApiError.badRequest("version", "version must be a dataset version number");
        }
        DatasetVersion v = version(name, version.isIntegralNumber() ? version.asString() : null, "version");
        String engineName = body.path("engine").isString() ? body.path("engine").asString() : "embedded";
        EngineUnderTest engine;
        try {
            engine = engines.apply(engineName);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("engine", e.getMessage());
        }
        JsonNode threads = body.path("threads");
        if (!threads.isMissingNode() && (!threads.isIntegralNumber() || threads.asInt() < 1 || threads.asInt() > MAX_THREADS)) {
            throw ApiError.badRequest("threads", "threads must be a whole number from 1 to " + MAX_THREADS);
        }
        JsonNode experimentName = body.path("name");
        if (!experimentName.isMissingNode() && !experimentName.isNull() && !experimentName.isString()) {
            throw ApiError.badRequest("name", "name must be text");
        }
        var options = ExperimentRunner.Options.named(experimentName.isString() ? experimentName.asString() : null);
        if (threads.isIntegralNumber()) options = options.withThreads(threads.asInt());
        Experiment experiment = runner.run(DatasetRef.of(v.name(), v.version(), v.hash()), datasets.items(v),
                engine.engine(), principals, engine.applyTo(options));
        experiments.save(experiment);
        ctx.status(201).json(ExperimentJson.write(experiment));
    }

    private void listExperiments(Context ctx) {
        requireReviewer.accept(ctx);
        ctx.json(Map.of("items", experiments.list().stream().map(EvalViews::summary).toList()));
    }

    private void experiment(Context ctx) {
        requireReviewer.accept(ctx);
        ctx.json(ExperimentJson.write(find(ctx.pathParam("id"), "id")));
    }

    private void compare(Context ctx) {
        requireReviewer.accept(ctx);
        Experiment baseline = find(required(ctx, "baseline"), "baseline");
        Experiment candidate = find(required(ctx, "candidate"), "candidate");
        GatePolicy policy;
        try {
            String min = ctx.queryParam("min_intent_accuracy");
            policy = new GatePolicy(min == null ? OptionalDouble.empty() : OptionalDouble.of(number(min, "min_intent_accuracy")),
                    numberOr(ctx, "max_intent_drop", GatePolicy.DEFAULT_MAX_INTENT_DROP),
                    numberOr(ctx, "alpha", GatePolicy.DEFAULT_ALPHA));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("min") ? "min_intent_accuracy"
                    : e.getMessage().startsWith("max") ? "max_intent_drop" : "alpha";
            throw ApiError.badRequest(field, e.getMessage());
        }
        Comparison comparison = Comparisons.compare(baseline, candidate);
        GateVerdict verdict = Gate.evaluate(comparison, policy);
        ObjectNode out = Json.object();
        out.set("comparison", ComparisonJson.write(comparison));
        out.set("gate", EvalViews.gate(policy, verdict));
        out.put("report", GateReport.text(comparison, policy, verdict));
        ctx.json(out);
    }

    private DatasetVersion version(String name, String version, String field) {
        if (version == null || version.isBlank()) {
            return datasets.latest(name).orElseThrow(() -> ApiError.notFound("no dataset " + name));
        }
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(field, field + " must be a dataset version number (got \"" + version + "\")");
        }
        return datasets.version(name, number)
                .orElseThrow(() -> ApiError.notFound("no version " + number + " of dataset " + name));
    }

    private Experiment find(String id, String field) {
        return experiments.get(id).orElseThrow(() -> ApiError.notFound("no experiment " + id + " (" + field + ")"));
    }

    private static String required(Context ctx, String param) {
        String value = ctx.queryParam(param);
        if (value == null || value.isBlank()) throw ApiError.badRequest(param, param + " is required: an experiment id");
        return value;
    }

    private static double numberOr(Context ctx, String param, double otherwise) {
        String value = ctx.queryParam(param);
        return value == null ? otherwise : number(value, param);
    }

    private static double number(String value, String param) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(param, param + " must be a number (got \"" + value + "\")");
        }
    }
}
