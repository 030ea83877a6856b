package io.adcopilot.sandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adcopilot.sandbox.SandboxJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemoSeedTest {

    @Test
    void holdsTheDemoAdvertisersAndTheirHistoryEndsInTheirCurrentState() {
        PlatformSeed seed = DemoSeed.load();
        assertThat(seed.catalog().advertisers()).extracting(Advertiser::id)
                .containsExactly("adv-1001", "adv-1002", "adv-1003");
        assertThat(seed.catalog().campaigns()).hasSize(21);
        assertThat(seed.catalog().creatives()).allSatisfy(c -> assertThat(c.id()).startsWith("cr-"));
        assertThat(seed.history()).isNotEmpty();
    }

    /** The seed is the project's own copy of the shared fixture; when the fixture is at hand they must agree. */
    @Test
    void isExactlyTheSharedDemoCatalog() throws Exception {
        Path shared = Path.of("..", "..", "shared", "fixtures", "demo-catalog.json");
        assumeTrue(Files.exists(shared), "../shared is not here");
        JsonNode fixture = SandboxJson.MAPPER.readTree(shared.toFile());
        JsonNode ours = SandboxJson.MAPPER.readTree(DemoSeed.class.getResourceAsStream("/seed/demo-catalog.json"));
        assertThat(ours).isEqualTo(fixture);
    }
}
