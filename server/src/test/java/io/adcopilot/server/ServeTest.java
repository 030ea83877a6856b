package io.adcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import org.junit.jupiter.api.Test;

class ServeTest {

    @Test
    void answersHealthAndThePlatformOnOnePort() {
        try (var server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT)) {
            var http = new HttpClientForTests(server.port());
            var health = http.get("/healthz", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).isEqualTo("ok");
            String token = server.platform().tokens().issue("adv-1003");
            assertThat(http.get("/platform/v1/account", token).json().path("name").asString()).isEqualTo("小鹿教育");
        }
    }
}
