package io.adcopilot.agent.nlu.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

    @Test
    void noBaseUrlIsNoConfig() {
        assertThat(LlmConfig.fromEnvironment(Map.of())).isEmpty();
        assertThat(LlmConfig.fromEnvironment(Map.of("ADCOPILOT_LLM_BASE_URL", " ", "ADCOPILOT_LLM_MODEL", "qwen"))).isEmpty();
    }

    @Test
    void readsTheVariablesWithDefaults() {
        var config = LlmConfig.fromEnvironment(Map.of(
                "ADCOPILOT_LLM_BASE_URL", "http://localhost:8000/v1", "ADCOPILOT_LLM_MODEL", "Qwen/Qwen2.5-7B-Instruct"));

        assertThat(config).contains(new LlmConfig("http://localhost:8000/v1", "Qwen/Qwen2.5-7B-Instruct", "",
                LlmConfig.DEFAULT_TIMEOUT, LlmConfig.DEFAULT_MAX_RETRIES));
        assertThat(config.orElseThrow().hasApiKey()).isFalse();
    }

    @Test
    void readsTheKey() {
        var config = LlmConfig.fromEnvironment(Map.of("ADCOPILOT_LLM_BASE_URL", "https://api.deepseek.com/v1",
                "ADCOPILOT_LLM_MODEL", "deepseek-chat", "ADCOPILOT_LLM_API_KEY", "sk-1"));

        assertThat(config.orElseThrow().apiKey()).isEqualTo("sk-1");
        assertThat(config.orElseThrow().toString()).doesNotContain("sk-1");
    }

    @Test
    void readsTimeoutAndRetries() {
        var config = LlmConfig.fromEnvironment(Map.of("ADCOPILOT_LLM_BASE_URL", "http://localhost:11434/v1",
                "ADCOPILOT_LLM_MODEL", "qwen2.5:7b", "ADCOPILOT_LLM_TIMEOUT_SECONDS", "8", "ADCOPILOT_LLM_MAX_RETRIES", "0"));

        assertThat(config.orElseThrow().timeout()).isEqualTo(java.time.Duration.ofSeconds(8));
        assertThat(config.orElseThrow().maxRetries()).isZero();
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("ADCOPILOT_LLM_BASE_URL", "http://x/v1",
                "ADCOPILOT_LLM_MODEL", "m", "ADCOPILOT_LLM_TIMEOUT_SECONDS", "soon")))
                .hasMessageContaining("ADCOPILOT_LLM_TIMEOUT_SECONDS");
    }

    @Test
    void aBaseUrlWithoutModelIsAMistake() {
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("ADCOPILOT_LLM_BASE_URL", "http://localhost:11434/v1")))
                .hasMessageContaining("ADCOPILOT_LLM_MODEL");
    }
}
