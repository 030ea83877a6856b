package io.adcopilot.agent.nlu.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.DemoCatalogs;
import org.junit.jupiter.api.Test;

class ExampleCatalogsTest {

    @Test
    void theExamplesCatalogsAreThePlatformsDemoCatalogs() {
        for (String advertiser : new String[]{"adv-1001", "adv-1002", "adv-1003"}) {
            assertThat(ExampleCatalogs.of(advertiser).entities())
                    .containsExactlyInAnyOrderElementsOf(DemoCatalogs.of(advertiser).entities());
        }
    }
}
