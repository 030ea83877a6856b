package io.adcopilot.server;

import io.adcopilot.agent.Copilot;
import io.adcopilot.agent.memory.DuckDbMemoryStore;
import io.adcopilot.agent.memory.MemoryService;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.llm.CascadeEngine;
import io.adcopilot.agent.nlu.llm.LlmConfig;
import io.adcopilot.agent.nlu.llm.LlmNluEngine;
import io.adcopilot.agent.plugin.PluginRegistry;
import io.adcopilot.agent.plugin.analysis.AnalysisPlugin;
import io.adcopilot.agent.plugin.catalog.CatalogPlugin;
import io.adcopilot.agent.plugin.conversation.ConversationPlugin;
import io.adcopilot.agent.plugin.diagnosis.DiagnosisPlugin;
import io.adcopilot.agent.plugin.knowledge.HelpCenterTools;
import io.adcopilot.agent.plugin.knowledge.KnowledgeBase;
import io.adcopilot.agent.plugin.knowledge.KnowledgePlugin;
import io.adcopilot.agent.plugin.memory.MemoryPlugin;
import io.adcopilot.agent.plugin.operations.OperationsPlugin;
import io.adcopilot.agent.session.DuckDbSessionStore;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.nlu.embedded.EmbeddedEngine;
import io.adcopilot.agent.nlu.embedded.ExampleCatalogs;
import io.adcopilot.agent.nlu.lexicon.Lexicon;
import io.adcopilot.agent.platform.GatewayCatalogSource;
import io.adcopilot.core.db.Database;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.embed.BgeSmallZh;
import io.adcopilot.core.json.Json;
import io.adcopilot.gateway.GatewayTool;
import io.adcopilot.gateway.PlatformToolset;
import io.adcopilot.gateway.annotated.AnnotatedTools;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.audit.DuckDbAuditLog;
import io.adcopilot.gateway.auth.PlatformAuthenticator;
import io.adcopilot.gateway.http.HttpConnector;
import io.adcopilot.gateway.idempotency.DuckDbIdempotencyStore;
import io.adcopilot.gateway.mcp.McpToolServer;
import io.adcopilot.gateway.openapi.ImportResult;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import io.adcopilot.gateway.retrieval.ToolRetriever;
import io.adcopilot.gateway.scope.PlatformOwnership;
import io.adcopilot.gateway.scope.TenantGuard;
import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.api.ApiError;
import io.adcopilot.server.api.Callers;
import io.adcopilot.server.api.ChatApi;
import io.adcopilot.server.api.EvalApi;
import io.adcopilot.server.api.OnlineApi;
import io.adcopilot.server.api.TracesApi;
import io.adcopilot.server.auth.ConsoleTokens;
import io.adcopilot.server.api.NluApi;
import io.adcopilot.server.api.ToolsApi;
import io.adcopilot.server.web.DemoAdvertisers;
import io.adcopilot.server.web.WebUi;
import io.adcopilot.eval.dataset.AnnotatedTraceItems;
import io.adcopilot.eval.dataset.DatasetStore;
import io.adcopilot.eval.dataset.DuckDbDatasetRepository;
import io.adcopilot.eval.experiment.DuckDbExperimentStore;
import io.adcopilot.eval.experiment.EngineUnderTest;
import io.adcopilot.eval.experiment.ExperimentRunner;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import io.javalin.validation.ValidationException;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything on one port, wired top to bottom: the reference ad platform under {@code /platform/v1}, the tool
 * gateway (its Java API, {@code /api/tools}, {@code /api/audit}, MCP at {@code /mcp}), the embedded NLU engine
 * ({@code /api/nlu}) and {@code /healthz}. The copilot reaches the platform only over HTTP, on this same port.
 */
public final class AdCopilotServer implements AutoCloseable {

    public static final String VERSION = "0.1.0";
    /** Above this many tools, a request gets only the closest few. */
    static final int TOOL_RETRIEVAL_THRESHOLD = 20;
    static final int TOOL_RETRIEVAL_K = 8;
    private static final Logger LOG = LoggerFactory.getLogger(AdCopilotServer.class);

    private final Platform platform;
    private final Database copilotDb;
    private final Observability observability;
    private final ConsoleTokens consoleTokens;
    private final ToolGateway gateway;
    private final NluEngine nlu;
    private final Optional<LlmNluEngine> llm;
    private final Copilot copilot;
    private final McpToolServer mcp;
    private final Javalin app;

    private AdCopilotServer(Platform platform, Database copilotDb, Observability observability,
                            ConsoleTokens consoleTokens, ToolGateway gateway, NluEngine nlu,
                            Optional<LlmNluEngine> llm, Copilot copilot, McpToolServer mcp, Javalin app) {
        this.llm = llm;
        this.observability = observability;
        this.consoleTokens = consoleTokens;
        this.copilot = copilot;
        this.platform = platform;
        this.copilotDb = copilotDb;
        this.gateway = gateway;
        this.nlu = nlu;
        this.mcp = mcp;
        this.app = app;
    }

    public static AdCopilotServer start(ServerConfig config, ReportGenerator.Progress progress) {
        Platform platform = Platform.open(config.dataDir(), config.clock(), DemoSeed::load, progress, config.reports());
        Database copilotDb = null;
        Observability observability = null;
        try {
            platform.keepFresh(Duration.ofMinutes(5));
            copilotDb = Database.open(config.dataDir().resolve("copilot.duckdb"));
            observability = Observability.open(copilotDb, config.alertWebhook(), config.otlpEndpoint());

            AtomicInteger port = new AtomicInteger(config.port());
            var connector = new HttpConnector(HttpConnector.Config.defaults(),
                    () -> URI.create("http://127.0.0.1:" + port.get() + "/platform/v1"));
            ImportResult imported = new OpenApiImporter(Set.of("advertiser_id"))
                    .importDocument(Json.MAPPER.readTree(platform.openApiDocument()));
            imported.problems().forEach(p -> LOG.info("OpenAPI import: {}", p));
            var audit = new DuckDbAuditLog(copilotDb);
            var knowledge = KnowledgeBase.builtIn();
            List<GatewayTool> tools = new ArrayList<>(PlatformToolset.from(imported, connector).tools());
            tools.addAll(AnnotatedTools.of(new HelpCenterTools(knowledge)));
            var gateway = new ToolGateway(tools,
                    new TenantGuard(new PlatformOwnership(connector)), audit,
                    new DuckDbIdempotencyStore(copilotDb), config.gateway(), config.clock());
            var authenticator = new PlatformAuthenticator(connector);
            var mcp = new McpToolServer(gateway, authenticator, VERSION);
            var consoleTokens = ConsoleTokens.inDataDir(config.dataDir());
            var callers = new Callers(authenticator, consoleTokens);
            var retriever = new ToolRetriever(BgeSmallZh.get(), gateway.tools(null));
            var catalogs = new GatewayCatalogSource(gateway);
            var memory = new MemoryService(new DuckDbMemoryStore(copilotDb), BgeSmallZh.get(), Lexicon.adDomain(),
                    config.clock());
            var plugins = new PluginRegistry(List.of(new AnalysisPlugin(catalogs), new DiagnosisPlugin(), new OperationsPlugin(catalogs),
                    new CatalogPlugin(), new KnowledgePlugin(knowledge), new MemoryPlugin(memory), new ConversationPlugin()));
            var nlu = EmbeddedEngine.train(trainingExamples(plugins), plugins.slotsByIntent(), BgeSmallZh.get(), catalogs,
                    ExampleCatalogs::of, Lexicon.adDomain());
            Optional<LlmNluEngine> llm = config.llm().map(c -> new LlmNluEngine(c, catalogs, nlu, new LlmSpans(),
                    text -> retriever.select(text, TOOL_RETRIEVAL_THRESHOLD, TOOL_RETRIEVAL_K)));
            llm.ifPresent(e -> LOG.info("LLM engine: {} (cascade below confidence {})", config.llm().get(),
                    CascadeEngine.DEFAULT_THRESHOLD));
            NluEngine understanding = llm.<NluEngine>map(e -> new CascadeEngine(nlu, e)).orElse(nlu);
            var copilot = new Copilot(understanding, plugins, new DuckDbSessionStore(copilotDb, config.clock()), gateway, memory,
                    observability.tracer(), config.clock());
            var o = observability;
            var engines = new NamedEngines(nlu, llm);
            var copilotDbFinal = copilotDb;

            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.jetty.port = config.port();
                c.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
                c.routes.get("/healthz", ctx -> ctx.json(java.util.Map.of("status", "ok")));
                platform.addRoutes(c.routes);
                new ToolsApi(gateway, retriever, TOOL_RETRIEVAL_THRESHOLD, callers).addTo(c.routes);
                new NluApi(nlu, callers, config.clock()).addTo(c.routes);
                new ChatApi(copilot, callers).addTo(c.routes);
                new TracesApi(o.traces(), o.queue(), o.annotations(), callers).addTo(c.routes);
                new OnlineApi(o.traces(), o.queue(), o.feedback(), o.annotations(), o.online(), o.monitorStore(),
                        o.monitors(), o.dashboard(), plugins.slotsByIntent(), callers, o.background(), Clock.systemUTC())
                        .addTo(c.routes);
                new EvalApi(new DatasetStore(new DuckDbDatasetRepository(copilotDbFinal), config.clock()),
                        new DuckDbExperimentStore(copilotDbFinal), new ExperimentRunner(config.clock()),
                        name -> EngineUnderTest.of(engines.engine(name)),
                        id -> new Principal(id, platform.tokens().issue(id)), callers::staff,
                        new AnnotatedTraceItems(o.traces(), o.annotations())).addTo(c.routes);
                WebUi.configure(c);
                new DemoAdvertisers(platform).addTo(c.routes);
                c.routes.exception(ApiError.class, (e, ctx) -> {
                    if (e.retryAfterSeconds() != null) ctx.header("Retry-After", e.retryAfterSeconds().toString());
                    ctx.status(e.status()).json(e.body());
                });
                c.routes.exception(ValidationException.class, (e, ctx) -> ctx.status(400)
                        .json(ApiError.badRequest(null, "invalid query parameter: " + e.getErrors().keySet()).body()));
                c.routes.exception(Exception.class, (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    ctx.status(500).json(new ApiError(500, "internal_error", "the request failed; it has been logged",
                            null, null, null).body());
                });
                c.jetty.modifyServletContextHandler(handler -> {
                    FilterHolder auth = new FilterHolder(mcp.authFilter());
                    auth.setAsyncSupported(true);
                    handler.addFilter(auth, McpToolServer.ENDPOINT, EnumSet.of(DispatcherType.REQUEST));
                    ServletHolder servlet = new ServletHolder("mcp", mcp.servlet());
                    servlet.setAsyncSupported(true);
                    handler.addServlet(servlet, McpToolServer.ENDPOINT);
                });
            });
            app.start();
            port.set(app.port());
            return new AdCopilotServer(platform, copilotDb, observability, consoleTokens, gateway, nlu, llm, copilot, mcp, app);
        } catch (RuntimeException e) {
            if (observability != null) observability.close();
            if (copilotDb != null) copilotDb.close();
            platform.close();
            throw e;
        }
    }

    /**
     * What the embedded engine learns from: the plugins' examples but the held-out fifth, which is kept for honest
     * evaluation (eval/datasets/regression.jsonl, the set CI's regression gate runs on).
     */
    static List<DatasetItem> trainingExamples(PluginRegistry plugins) {
        return plugins.examples().stream().filter(i -> !BuiltInExamples.heldOut(i)).toList();
    }

    public int port() {
        return app.port();
    }

    public Platform platform() {
        return platform;
    }

    public ToolGateway gateway() {
        return gateway;
    }

    /** The embedded NLU engine. */
    public NluEngine nlu() {
        return nlu;
    }

    /** An NLU engine by name: {@code embedded}, or with an LLM configured {@code llm} and {@code cascade}. */
    public NluEngine engine(String name) {
        return new NamedEngines(nlu, llm).engine(name);
    }

    public Copilot copilot() {
        return copilot;
    }

    /** Waits until every span recorded so far is written and its turn evaluated. */
    public void flushTraces() {
        observability.queue().flush();
    }

    /** A console token (reviewer, or admin) signed with this server's secret. */
    public String staffToken(String name, boolean admin) {
        return consoleTokens.issue(new ConsoleTokens.Staff(name, admin));
    }

    /** A principal of one of the platform's advertisers, with a token the platform issues (embedded mode). */
    public Principal principal(String advertiserId) {
        return new Principal(advertiserId, platform.tokens().issue(advertiserId));
    }

    @Override
    public void close() {
        app.stop();
        mcp.close();
        observability.close();
        if (gateway.audit() instanceof DuckDbAuditLog audit) audit.close();
        copilotDb.close();
        platform.close();
    }
}
