package io.adcopilot.server.cli;

import io.adcopilot.agent.nlu.llm.LlmConfig;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The LLM endpoint, by flags or else by the environment ({@code ADCOPILOT_LLM_BASE_URL}, …). */
final class LlmOptions {

    @Option(names = "--llm-base-url", description = "An OpenAI-compatible endpoint including /v1, e.g. http://localhost:11434/v1 "
            + "(default: $" + LlmConfig.BASE_URL_VARIABLE + ").")
    String baseUrl;

    @Option(names = "--llm-model", description = "The model name, e.g. qwen2.5:7b-instruct (default: $" + LlmConfig.MODEL_VARIABLE + ").")
    String model;

    @Option(names = "--llm-api-key", description = "The API key, if the endpoint needs one (default: $" + LlmConfig.API_KEY_VARIABLE + ").")
    String apiKey;

    /** The configured endpoint; empty when neither flags nor environment name one. */
    Optional<LlmConfig> config() {
        Optional<LlmConfig> env = LlmConfig.fromEnvironment();
        if (baseUrl == null) {
            if (model != null) throw new IllegalArgumentException("--llm-model needs --llm-base-url");
            return env;
        }
        String chosenModel = model != null ? model : env.map(LlmConfig::model).orElse(null);
        if (chosenModel == null) throw new IllegalArgumentException("--llm-base-url needs --llm-model");
        String key = apiKey != null ? apiKey : env.map(LlmConfig::apiKey).orElse("");
        return Optional.of(new LlmConfig(baseUrl, chosenModel, key));
    }
}
