package io.adcopilot.agent.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NumberGuardTest {

    private static final String NOTE = "(left out)";
    private final List<JsonNode> evidence = List.of(Json.MAPPER.readTree("""
            {"rows": [{"campaign_name": "618返场测试", "cost": 18364.7712, "ctr": 0.014828}],
             "totals": {"cost": 18364.7712, "ctr": 0.014828, "clicks": 1523}}"""));

    @Test
    void numbersFromTheResultsPassAsGivenRoundedOrAsPercentages() {
        String answer = "昨天（2026-11-19）：消耗 ¥18,364.77，点击 1,523 次，点击率 1.48%。618返场测试 也在其中。";
        var checked = NumberGuard.check(answer, evidence, "昨天花了多少", NOTE);
        assertThat(checked.ungrounded()).isEmpty();
        assertThat(checked.text()).isEqualTo(answer);
    }

    @Test
    void aSentenceWithAMadeUpNumberIsRemovedAndTheRemovalSaid() {
        var checked = NumberGuard.check("消耗 ¥18,364.77。转化成本约 ¥42.00。", evidence, "昨天花了多少", NOTE);
        assertThat(checked.ungrounded()).containsExactly("42.00");
        assertThat(checked.text()).isEqualTo("消耗 ¥18,364.77。 " + NOTE);
    }

    @Test
    void numbersTheUserSaidAndNumbersInAToolsMessagePass() {
        List<JsonNode> failure = List.of(Json.MAPPER.readTree(
                "{\"code\": \"invalid_arguments\", \"message\": \"must have a minimum value of 100\"}"));
        var checked = NumberGuard.check("日预算没法改成 ¥10.00：平台要求不低于 100。", failure, "把预算改成10元", NOTE);
        assertThat(checked.ungrounded()).isEmpty();
    }

    @Test
    void idsAndDatesAreNotCounted() {
        var checked = NumberGuard.check("c-1001 在 2026-11-11 和 11月12日 10:30 之后。", List.of(), "", NOTE);
        assertThat(checked.ungrounded()).isEmpty();
    }
}
