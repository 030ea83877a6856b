package io.adcopilot.agent.nlu.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.embedded.CatalogSource;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.validate.ArgumentValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Understands utterances with an LLM behind any OpenAI-compatible chat endpoint, through function calling: the
 * model answers by calling {@code report_frames} with a list of frames, or — when the caller gives the gateway's
 * tools for a request — by calling those tools, each call read as one frame ({@link ToolFrames}) after its arguments
 * are validated against the tool's schema. Nothing the model calls is executed: the engine only reads what the user
 * wants, and the plugins carry it out through the gateway. The frames are checked against the domain and the
 * advertiser's entities. An answer that is not valid gets one repair round (the model sees its answer and the
 * errors); when that fails too, or the endpoint errs or times out, the fallback engine answers and the listener
 * hears {@link LlmListener#onFallback}. Thread-safe.
 */
public final class LlmNluEngine implements NluEngine {

    /** No gateway tools: the model answers through {@code report_frames} only. */
    public static final Function<String, List<ToolSpec>> NO_TOOLS = text -> List.of();

    private final FrameRequests requests;
    private final CatalogSource catalogs;
    private final NluEngine fallback;
    private final LlmListener listener;
    private final Function<String, List<ToolSpec>> tools;
    private final ArgumentValidator validator = new ArgumentValidator();

    /**
     * An engine on the endpoint {@code config} names that also offers the model the gateway's tools {@code tools}
     * gives for a request's text (e.g. the top k by retrieval); only tools whose calls can be read as frames are
     * offered, without the arguments of the confirmation protocol.
     */
    public LlmNluEngine(LlmConfig config, CatalogSource catalogs, NluEngine fallback, LlmListener listener,
                        Function<String, List<ToolSpec>> tools) {
        this(chatModel(config), config.model(), catalogs, fallback, listener, tools);
    }

    /** An engine on the endpoint {@code config} names, answering through {@code report_frames} only. */
    public LlmNluEngine(LlmConfig config, CatalogSource catalogs, NluEngine fallback, LlmListener listener) {
        this(config, catalogs, fallback, listener, NO_TOOLS);
    }

    public LlmNluEngine(LlmConfig config, CatalogSource catalogs, NluEngine fallback) {
        this(config, catalogs, fallback, LlmListener.NONE);
    }

    /** An engine on any LangChain4j chat model that supports tools; {@code modelName} is what the listener hears. */
    public LlmNluEngine(ChatModel model, String modelName, CatalogSource catalogs, NluEngine fallback,
                        LlmListener listener, Function<String, List<ToolSpec>> tools) {
        this.requests = new FrameRequests(model, modelName, listener);
        this.catalogs = catalogs;
        this.fallback = fallback;
        this.listener = listener;
        this.tools = tools == null ? NO_TOOLS : tools;
    }

    public LlmNluEngine(ChatModel model, String modelName, CatalogSource catalogs, NluEngine fallback,
                        LlmListener listener) {
        this(model, modelName, catalogs, fallback, listener, NO_TOOLS);
    }

    /** The OpenAI chat client on the configured endpoint; no {@code Authorization} header without a key. */
    public static ChatModel chatModel(LlmConfig config) {
        return OpenAiChatModel.builder()
                .baseUrl(config.baseUrl())
                .apiKey(config.hasApiKey() ? config.apiKey() : null)
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(config.maxRetries())
                .build();
    }

    @Override
    public Frame understand(String text, NluContext context) {
        LlmResult result = ask(text, context);
        if (result.succeeded()) return result.frames().get(0);
        reportFallback(fallback.name(), result);
        return fallback.understand(text, context);
    }

    @Override
    public List<Frame> plan(String text, NluContext context) {
        LlmResult result = ask(text, context);
        if (result.succeeded()) return result.frames();
        reportFallback(fallback.name(), result);
        return fallback.plan(text, context);
    }

    /** Asks the model only, without falling back: its frames, or why there are none. */
    public LlmResult ask(String text, NluContext context) {
        List<LlmCallStats> calls = new ArrayList<>();
        EntityCatalog catalog;
        try {
            catalog = catalogs.catalogFor(context.principal());
        } catch (RuntimeException e) {
            return LlmResult.failed("no entity catalog: " + e, calls);
        }
        ToolOffer offer = offer(text);
        AnswerReader reader = new AnswerReader(new FrameReader(catalog), offer, validator);
        List<ChatMessage> messages = new ArrayList<>(List.of(
                SystemMessage.from(NluPrompt.system(context, catalog, offer.names())),
                UserMessage.from(NluPrompt.user(text, context.history()))));

        FrameRequests.Reply first = requests.send(messages, reader, 0, calls);
        if (first.failure() != null) return LlmResult.failed(first.failure(), calls);
        if (first.reading().valid()) return LlmResult.answered(CarryForward.apply(first.reading().frames()), false, calls);

        messages.addAll(FrameRequests.repairMessages(first.answer(), first.reading().errors(), offer));
        FrameRequests.Reply second = requests.send(messages, reader, 1, calls);
        if (second.failure() != null) return LlmResult.failed("repair round: " + second.failure(), calls);
        if (second.reading().valid()) return LlmResult.answered(CarryForward.apply(second.reading().frames()), true, calls);
        return LlmResult.failed("invalid after repair: " + String.join("; ", second.reading().errors()), calls);
    }

    /** The gateway's tools for the request, as offered; without them when they cannot be had. */
    private ToolOffer offer(String text) {
        try {
            return ToolOffer.of(tools.apply(text));
        } catch (RuntimeException e) {
            return ToolOffer.NONE;
        }
    }

    /** Tells the listener that the engine named {@code engine} answers instead of the model, which failed. */
    void reportFallback(String engine, LlmResult failed) {
        listener.onFallback(engine, failed.failure().orElse("unknown"));
    }

    public NluEngine fallback() {
        return fallback;
    }

    @Override
    public String name() {
        return "llm";
    }
}
