package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.generate.DemoEpisodes;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.sandbox.report.ReportStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Diagnoses on the reference platform's demo data. To stay quick it generates the demo platform only up to
 * 2026-01-20 (the data of those days is the same as in the full demo platform: every day is generated from the seed
 * alone), which holds the planted episodes of December and early January.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagnosisOnDemoPlatformTest {

    private static final Clock CLOCK = Clock.fixed(OffsetDateTime.parse("2026-01-20T10:00:00+08:00").toInstant(),
            java.time.ZoneOffset.UTC);
    private static final DateRange LAST_WEEK = new DateRange(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 19));

    private Platform platform;
    private Diagnosis diagnosis;

    @BeforeAll
    void open() {
        platform = Platform.open(TestPlatforms.emptyDir("diagnosis-"), CLOCK, ReportGenerator.Progress.SILENT);
        diagnosis = new Diagnosis(new StoreReports(new ReportStore(platform.database())));
    }

    @AfterAll
    void close() {
        platform.close();
    }

    @Test
    void aPlantedCtrDropIsFoundInItsRegionAndDevice() throws Exception {
        DemoEpisodes.Planted episode = planted("c-1005", LocalDate.of(2026, 1, 5));
        assertThat(episode.ctrMultiplier()).isLessThan(1);

        DiagnosisAnswer answer = diagnoseEpisode(episode, Metric.CTR);

        assertNamesTheEpisode(answer, episode);
        assertThat(answer.text()).contains("CTR 从", "下降到", "主要来自山东·安卓：CTR 从", "点击量从");
    }

    @Test
    void aPlantedPriceRiseIsFoundInItsRegionAndDevice() throws Exception {
        DemoEpisodes.Planted episode = planted("c-3004", LocalDate.of(2025, 12, 27));
        assertThat(episode.priceMultiplier()).isGreaterThan(1);

        DiagnosisAnswer answer = diagnoseEpisode(episode, Metric.CPC);

        assertNamesTheEpisode(answer, episode);
        assertThat(answer.text()).contains("CPC 从", "上升到", "主要来自上海·iOS", "展示变贵了");
    }

    @Test
    void everyAdvertisersWeekOverWeekChangeIsExplained() throws Exception {
        for (Advertiser advertiser : platform.advertisers()) {
            for (Metric metric : List.of(Metric.CPA, Metric.COST, Metric.CTR, Metric.ROI, Metric.CVR)) {
                DiagnosisResult result = diagnosis.analyze(new Principal(advertiser.id(), "test"),
                        DiagnosisRequest.of(metric, LAST_WEEK));
                String label = advertiser.id() + " " + metric.key();
                assertThat(result.reportCalls()).as(label).isBetween(2, 10);
                assertThat(result.residual()).as(label).isLessThan(1e-6 * Math.max(1, Math.abs(result.change())));
                assertThat(result.truncated()).as(label).isFalse();
                if (result.finding() == Finding.CONCENTRATED || result.finding() == Finding.BROAD) {
                    assertThat(result.drivers()).as(label).isNotEmpty();
                }
                for (Language language : Language.values()) {
                    DiagnosisAnswer answer = DiagnosisAnswer.of(result, language);
                    assertThat(answer.text()).as(label).isNotBlank().doesNotContain("NaN", "Infinity", "null");
                    assertThat(answer.chart().path("yAxis").path("data").size()).as(label)
                            .isEqualTo(answer.chart().path("series").get(0).path("data").size());
                    System.out.println(label + " " + result.finding() + " (" + result.reportCalls() + " calls): "
                            + answer.text());
                }
            }
        }
    }

    private DiagnosisAnswer diagnoseEpisode(DemoEpisodes.Planted episode, Metric metric) throws Exception {
        DateRange days = new DateRange(episode.start(), episode.end());
        DiagnosisRequest request = DiagnosisRequest.of(metric, days).withFilter("campaign", List.of(episode.campaignId()));
        DiagnosisResult result = diagnosis.analyze(new Principal(advertiserOf(episode.campaignId()), "test"), request);
        DiagnosisAnswer answer = DiagnosisAnswer.of(result, Language.ZH);
        System.out.println(episode + " → " + answer.text());
        return answer;
    }

    private static void assertNamesTheEpisode(DiagnosisAnswer answer, DemoEpisodes.Planted episode) {
        assertThat(answer.result().finding()).isEqualTo(Finding.CONCENTRATED);
        Segment focus = answer.result().focus().orElseThrow().segment();
        assertThat(focus.value("region")).contains(episode.region());
        assertThat(focus.value("device")).contains(episode.device());
    }

    private static DemoEpisodes.Planted planted(String campaignId, LocalDate start) {
        return DemoEpisodes.between(start, start).stream()
                .filter(e -> e.campaignId().equals(campaignId) && e.start().equals(start))
                .findFirst().orElseThrow(() -> new AssertionError("no episode of " + campaignId + " from " + start));
    }

    private static String advertiserOf(String campaignId) {
        return DemoSeed.load().catalog().campaigns().stream().filter(c -> c.id().equals(campaignId))
                .findFirst().orElseThrow().advertiserId();
    }
}
