package io.adcopilot.agent.nlu.llm;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the LLM engine's OpenAI-compatible chat endpoint is (vLLM, Ollama, Qwen, DeepSeek, OpenAI …): the base URL
 * up to and including {@code /v1}, the model, an API key (empty for local servers), how long one request may take,
 * and how many times a failed request is retried before the engine falls back.
 */
public record LlmConfig(String baseUrl, String model, String apiKey, Duration timeout, int maxRetries) {

    public static final String BASE_URL_VARIABLE = "ADCOPILOT_LLM_BASE_URL";
    public static final String MODEL_VARIABLE = "ADCOPILOT_LLM_MODEL";
    public static final String API_KEY_VARIABLE = "ADCOPILOT_LLM_API_KEY";
    public static final String TIMEOUT_VARIABLE = "ADCOPILOT_LLM_TIMEOUT_SECONDS";
    public static final String MAX_RETRIES_VARIABLE = "ADCOPILOT_LLM_MAX_RETRIES";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 1;

    public LlmConfig {
        if (baseUrl == null || baseUrl.isBlank()) throw new IllegalArgumentException("no base URL");
        if (model == null || model.isBlank()) throw new IllegalArgumentException("no model");
        apiKey = apiKey == null ? "" : apiKey;
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must not be negative");
    }

    public LlmConfig(String baseUrl, String model, String apiKey) {
        this(baseUrl, model, apiKey, DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES);
    }

    /**
     * The configuration from environment variables: {@code ADCOPILOT_LLM_BASE_URL}, {@code ADCOPILOT_LLM_MODEL},
     * {@code ADCOPILOT_LLM_API_KEY}, and optionally {@code ADCOPILOT_LLM_TIMEOUT_SECONDS} and
     * {@code ADCOPILOT_LLM_MAX_RETRIES}; empty when no base URL is set.
     */
    public static Optional<LlmConfig> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** As {@link #fromEnvironment()}, reading the given variables; the model must be set when the base URL is. */
    public static Optional<LlmConfig> fromEnvironment(Map<String, String> env) {
        String baseUrl = env.getOrDefault(BASE_URL_VARIABLE, "").trim();
        if (baseUrl.isEmpty()) return Optional.empty();
        String model = env.getOrDefault(MODEL_VARIABLE, "").trim();
        if (model.isEmpty()) throw new IllegalStateException(BASE_URL_VARIABLE + " is set but " + MODEL_VARIABLE + " is not");
        Duration timeout = Duration.ofSeconds(number(env, TIMEOUT_VARIABLE, DEFAULT_TIMEOUT.toSeconds()));
        int retries = (int) number(env, MAX_RETRIES_VARIABLE, DEFAULT_MAX_RETRIES);
        return Optional.of(new LlmConfig(baseUrl, model, env.getOrDefault(API_KEY_VARIABLE, "").trim(), timeout, retries));
    }

    private static long number(Map<String, String> env, String variable, long otherwise) {
        String value = env.getOrDefault(variable, "").trim();
        if (value.isEmpty()) return otherwise;
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " is not a whole number: " + value);
        }
    }

    public boolean hasApiKey() {
        return !apiKey.isBlank();
    }

    public LlmConfig withTimeout(Duration timeout) {
        return new LlmConfig(baseUrl, model, apiKey, timeout, maxRetries);
    }

    public LlmConfig withMaxRetries(int maxRetries) {
        return new LlmConfig(baseUrl, model, apiKey, timeout, maxRetries);
    }

    @Override
    public String toString() {
        return "LlmConfig[" + baseUrl + ", " + model + (hasApiKey() ? ", key set" : "") + ", timeout " + timeout
                + ", retries " + maxRetries + "]";
    }
}
