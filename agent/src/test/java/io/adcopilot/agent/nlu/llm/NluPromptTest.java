package io.adcopilot.agent.nlu.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.core.tool.Principal;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NluPromptTest {

    private static String system(String now) {
        return NluPrompt.system(new NluContext(new Principal("adv-1", "t"), ZonedDateTime.parse(now), List.of()),
                EntityCatalog.EMPTY);
    }

    @Test
    void theReferenceDatesAreWorkedOutInPlatformTime() {
        // 2026-03-01 18:00 UTC is Monday 2026-03-02 02:00 in Shanghai
        assertThat(system("2026-03-01T18:00:00Z")).contains("Today (D) is 2026-03-02, Monday (Asia/Shanghai). "
                + "Yesterday 2026-03-01; last 7 days 2026-02-23 to 2026-03-01; last 30 days 2026-01-31 to 2026-03-01; "
                + "this week 2026-03-02 to 2026-03-02; last week 2026-02-23 to 2026-03-01; "
                + "this month 2026-03-01 to 2026-03-02; last month 2026-02-01 to 2026-02-28.");
    }

    @Test
    void saysWhenThereAreNoEntities() {
        assertThat(system("2026-11-20T10:00:00+08:00")).contains("The advertiser has no campaigns, ad groups or creatives.");
    }

    @Test
    void offeredPlatformToolsAreExplainedAsReadNotRun() {
        String none = system("2026-11-20T10:00:00+08:00");
        assertThat(none).contains("ALWAYS answer by calling the tool report_frames.").doesNotContain("NOTHING IS EXECUTED");
        String offered = NluPrompt.system(new NluContext(new Principal("adv-1", "t"),
                ZonedDateTime.parse("2026-11-20T10:00:00+08:00"), List.of()), EntityCatalog.EMPTY,
                List.of("queryReport", "updateCampaign"));
        assertThat(offered).contains("ALWAYS answer by calling the tool report_frames or the platform's tools below.",
                "own tools: queryReport, updateCampaign.", "NOTHING IS EXECUTED HERE", "提高20%: the tools only set");
    }

    @Test
    void theRepairMessageWithToolsAsksForEveryCallAgain() {
        assertThat(NluPrompt.repair(List.of("a: wrong"), List.of("queryReport"))).isEqualTo(
                "Your answer was not valid:\n- a: wrong\nAnswer again with all of your calls, the valid ones too, "
                        + "corrected: report_frames or queryReport. Nothing was executed.");
    }

    @Test
    void theRepairMessageListsTheErrors() {
        assertThat(NluPrompt.repair(List.of("a: wrong", "b: wrong"))).isEqualTo(
                "Your report_frames call was not valid:\n- a: wrong\n- b: wrong\nCall report_frames again with corrected frames.");
    }
}
