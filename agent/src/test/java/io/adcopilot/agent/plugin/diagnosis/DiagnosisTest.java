package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.adcopilot.core.tool.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Diagnoses of synthetic changes whose cause is known. */
class DiagnosisTest {

    private static final Principal ADVERTISER = new Principal("adv-1", "token");

    private static DiagnosisAnswer diagnose(FactTable facts, DiagnosisRequest request, Language language)
            throws Exception {
        return DiagnosisAnswer.of(new Diagnosis(facts).analyze(ADVERTISER, request), language);
    }

    private static DiagnosisRequest request(Metric metric) {
        return DiagnosisRequest.of(metric, Audience.CURRENT);
    }

    @Test
    void aCpaRiseFromOneRegionAndDevicesCvrDropIsPinnedOnThatCellAndToldByCvr() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("region", "广东") && c.is("device", "android") ? c.withCvr(0.6) : c);

        DiagnosisAnswer answer = diagnose(facts, request(Metric.CPA), Language.ZH);
        DiagnosisResult result = answer.result();

        assertThat(result.finding()).isEqualTo(Finding.CONCENTRATED);
        assertThat(result.change()).isPositive();
        Contribution focus = result.focus().orElseThrow();
        assertThat(focus.segment().value("region")).contains("广东");
        assertThat(focus.segment().value("device")).contains("android");
        assertThat(focus.total()).isGreaterThan(0.8 * result.change());
        assertThat(Components.drivers(Metric.CPA, focus.before(), focus.after(), 1).get(0).component())
                .isEqualTo(Metric.CVR);
        assertThat(answer.text()).contains("CPA 从", "上升到", "主要来自广东·安卓", "转化变难了", "CVR 从");
        // Both audience dimensions come from the one audience query per period: no drill-down calls.
        assertThat(result.reportCalls()).isEqualTo(8);
        assertThat(facts.requests()).hasSize(8);

        String english = Explainer.explain(result, Language.EN);
        assertThat(english).contains("CPA rose from CNY", "mainly because of 广东 · Android", "conversions got rarer");
    }

    @Test
    void aCostDropIsAttributedToTheCampaignThatSpentLess() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("campaign", "c-2") ? c.scaled(0.5) : c);

        DiagnosisAnswer answer = diagnose(facts, request(Metric.COST), Language.ZH);
        DiagnosisResult result = answer.result();

        assertThat(result.finding()).isEqualTo(Finding.CONCENTRATED);
        assertThat(result.change()).isNegative();
        assertThat(result.drivers().get(0).segment().value("campaign")).contains("c-2");
        assertThat(result.focus().orElseThrow().segment()).isEqualTo(result.drivers().get(0).segment());
        assertThat(result.focus().orElseThrow().total()).isCloseTo(result.change(), within(0.01));
        assertThat(answer.text()).contains("花费", "下降到", "主要来自计划「" + FactTable.nameOf("c-2") + "」",
                "点击量从");
        // Its ad group and creative are its own traffic again, and it fell evenly across the audience: no drill-down.
        assertThat(result.drill()).isEmpty();
        assertThat(result.reportCalls()).isEqualTo(8);
    }

    @Test
    void aDropInOneRegionOfOneCampaignIsFoundByDrillingIntoTheCampaign() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("campaign", "c-2") && c.is("region", "浙江") ? c.scaled(0.3) : c);

        DiagnosisAnswer answer = new Diagnosis(facts).answer(ADVERTISER, request(Metric.COST), Language.ZH);
        DiagnosisResult result = answer.result();

        assertThat(result.finding()).isEqualTo(Finding.CONCENTRATED);
        assertThat(result.lead().orElseThrow().segment().value("campaign")).contains("c-2");
        assertThat(result.drill().orElseThrow().dimensions()).containsExactly("campaign", "region");
        Segment focus = result.focus().orElseThrow().segment();
        assertThat(focus.value("campaign")).contains("c-2");
        assertThat(focus.value("region")).contains("浙江");
        assertThat(result.drill().orElseThrow().contributionTotal() + result.drill().orElseThrow().residual())
                .isCloseTo(result.lead().orElseThrow().total(), within(1e-6));
        // Audience (2), campaign, ad group and creative (6), and the campaign cut by region (2).
        assertThat(result.reportCalls()).isEqualTo(10);
        assertThat(facts.requests().get(9).filters()).containsEntry("campaign", List.of("c-2"));
        assertThat(answer.text()).contains("主要来自计划「" + FactTable.nameOf("c-2") + "」·浙江", "点击量从");
    }

    @Test
    void aCpcRiseInOneRegionIsToldAsPricierClicks() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("region", "北京") ? c.withCpc(1.3) : c);

        DiagnosisResult result = new Diagnosis(facts).analyze(ADVERTISER, request(Metric.CPA));

        assertThat(result.finding()).isEqualTo(Finding.CONCENTRATED);
        assertThat(result.focus().orElseThrow().segment().value("region")).contains("北京");
        assertThat(result.focus().orElseThrow().segment().facets()).hasSize(1);
        assertThat(Explainer.explain(result, Language.ZH)).contains("主要来自北京", "点击变贵了", "CPC 从");
    }

    @Test
    void contributionsAddUpToTheTotalChangeWithinTheReportedResidual() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        FactTable facts = new FactTable();
        for (Audience.Cell c : Audience.usualDay()) {
            for (LocalDate day : List.of(Audience.BEFORE, Audience.AFTER)) {
                if (random.nextDouble() < 0.1) continue; // cells that appear or vanish
                double shift = day.equals(Audience.AFTER) ? 1.2 : 1.0;
                var cell = new Audience.Cell(c.dimensions(), c.impressions() * shift * (0.5 + random.nextDouble()),
                        c.ctr() * shift * (0.5 + random.nextDouble()), c.cpc() * shift * (0.5 + random.nextDouble()),
                        random.nextDouble() < 0.1 ? 0 : c.cvr() * (0.5 + random.nextDouble()),
                        c.aov() * shift * (0.5 + random.nextDouble()));
                facts.add(day, cell.dimensions(), cell.sums());
            }
        }
        for (Metric metric : Metric.values()) {
            DiagnosisResult result = new Diagnosis(facts).analyze(ADVERTISER, request(metric));
            assertThat(result.finding()).as(metric.key()).isIn(Finding.CONCENTRATED, Finding.BROAD, Finding.MIX);
            double scale = Math.max(1, Math.abs(result.change()));
            for (Breakdown b : result.breakdowns()) {
                assertThat(b.contributionTotal() + b.residual()).as(metric.key() + " by " + b.dimensions())
                        .isCloseTo(result.change(), within(1e-9 * scale));
                assertThat(b.residual()).isCloseTo(0, within(1e-6 * scale));
                for (Contribution c : b.contributions()) {
                    assertThat(c.rateEffect() + c.mixEffect()).isEqualTo(c.total());
                }
            }
            assertThat(result.residual()).isLessThan(1e-6 * scale);
            result.drill().ifPresent(cells -> assertThat(cells.contributionTotal() + cells.residual())
                    .isCloseTo(result.drivers().get(0).total(), within(1e-9 * scale)));
            assertThat(Explainer.explain(result, Language.ZH)).isNotBlank().doesNotContain("NaN", "null");
            assertThat(Explainer.explain(result, Language.EN)).isNotBlank().doesNotContain("NaN", "null");
        }
    }

    @Test
    void aShiftOfTrafficToAWorseDeviceWithSteadyRatesIsExplainedAsMix() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("device", "android") ? c.scaled(1.8)
                : c.is("device", "ios") ? c.scaled(0.4) : c);

        DiagnosisAnswer answer = diagnose(facts, request(Metric.CPA), Language.ZH);
        DiagnosisResult result = answer.result();

        assertThat(result.finding()).isEqualTo(Finding.MIX);
        assertThat(result.change()).isPositive();
        Breakdown mix = result.mix().orElseThrow();
        assertThat(mix.dimension()).isEqualTo("device");
        assertThat(Math.abs(mix.rateTotal())).isLessThan(0.05 * result.change());
        assertThat(answer.text()).contains("流量结构变了", "安卓的转化数占比从", "高于整体");
        assertThat(Explainer.explain(result, Language.EN)).contains("traffic mix shifted", "Android");
    }

    @Test
    void aBroadChangeIsNotPinnedOnOneSegment() throws Exception {
        FactTable facts = Audience.facts(c -> c.withCvr(0.8));

        DiagnosisResult result = new Diagnosis(facts).analyze(ADVERTISER, request(Metric.CPA));

        assertThat(result.finding()).isEqualTo(Finding.BROAD);
        assertThat(result.focus()).isEmpty();
        assertThat(Explainer.explain(result, Language.ZH)).contains("变化比较普遍", "转化变难了");
    }

    @Test
    void anEmptyComparisonPeriodIsSaidPlainlyWithoutDividingByZero() throws Exception {
        FactTable facts = new FactTable();
        for (Audience.Cell c : Audience.usualDay()) facts.add(Audience.AFTER, c.dimensions(), c.sums());

        DiagnosisAnswer answer = diagnose(facts, request(Metric.CPA), Language.ZH);

        assertThat(answer.result().finding()).isEqualTo(Finding.NO_DATA);
        assertThat(answer.result().reportCalls()).isEqualTo(2);
        assertThat(answer.text()).startsWith("对比期 11-18 没有投放数据，无法比较；11-19 的 CPA 为 ")
                .doesNotContain("NaN", "Infinity");
        assertThat(answer.table().rows()).isEmpty();
        assertThat(answer.chart().path("series").get(0).path("data").size()).isZero();
        assertThat(DiagnosisAnswer.of(answer.result(), Language.EN).text())
                .startsWith("There was no delivery in the comparison period 11-18");
    }

    @Test
    void aRatioWithNothingToDivideByInOnePeriodIsUndefinedNotInfinite() throws Exception {
        FactTable facts = new FactTable();
        for (Audience.Cell c : Audience.usualDay()) {
            facts.add(Audience.BEFORE, c.dimensions(), c.withCvr(0).sums());
            facts.add(Audience.AFTER, c.dimensions(), c.sums());
        }

        DiagnosisAnswer answer = diagnose(facts, request(Metric.CPA), Language.ZH);

        assertThat(answer.result().finding()).isEqualTo(Finding.UNDEFINED);
        assertThat(answer.text()).contains("对比期 11-18 的转化数为 0，CPA 无法计算");
    }

    @Test
    void aFlatMetricIsSaidToBeFlat() throws Exception {
        FactTable facts = Audience.facts(c -> c);

        DiagnosisAnswer answer = diagnose(facts, request(Metric.CTR), Language.ZH);

        assertThat(answer.result().finding()).isEqualTo(Finding.FLAT);
        assertThat(answer.result().reportCalls()).isEqualTo(2);
        assertThat(answer.text()).isEqualTo("11-19 对比 11-18，CTR 基本持平：2.0% → 2.0%（+0.0%）。");
        assertThat(DiagnosisAnswer.of(answer.result(), Language.EN).text())
                .isEqualTo("11-19 vs 11-18: CTR was flat: 2.0% → 2.0% (+0.0%).");
    }

    @Test
    void filtersReachEveryReportAndPinnedEntitiesAreNotBrokenDown() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("region", "广东") && c.is("device", "android") ? c.withCvr(0.6) : c);

        DiagnosisRequest request = request(Metric.CVR).withFilter("campaign", List.of("c-1"));
        DiagnosisResult result = new Diagnosis(facts).analyze(ADVERTISER, request);

        assertThat(facts.requests()).allSatisfy(r -> assertThat(r.filters()).containsEntry("campaign", List.of("c-1")));
        assertThat(result.breakdowns()).extracting(Breakdown::dimension).doesNotContain("campaign");
        assertThat(result.focus().orElseThrow().segment().value("region")).contains("广东");
        assertThat(result.focus().orElseThrow().segment().value("device")).contains("android");
        assertThat(Explainer.explain(result, Language.ZH)).contains("CVR 从", "下降到", "转化数从");
    }

    @Test
    void theChartAndTableShowTheFocusFirstThenTheRankedDrivers() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("region", "广东") && c.is("device", "android") ? c.withCvr(0.6) : c);

        DiagnosisAnswer answer = diagnose(facts, request(Metric.CPA), Language.ZH);

        ObjectNode chart = answer.chart();
        assertThat(chart.path("title").path("text").asString()).isEqualTo("CPA 变化的主要来源");
        assertThat(chart.path("title").path("subtext").asString()).isEqualTo("11-19 对比 11-18");
        assertThat(chart.path("series").get(0).path("type").asString()).isEqualTo("bar");
        assertThat(chart.path("yAxis").path("data").get(0).asString()).isEqualTo("广东·安卓");
        assertThat(chart.path("yAxis").path("data").size())
                .isEqualTo(chart.path("series").get(0).path("data").size()).isBetween(2, TopDrivers.MAX);
        assertThat(chart.path("series").get(0).path("data").get(0).path("value").asDouble()).isPositive();
        assertThat(chart.path("xAxis").path("name").asString()).isEqualTo("元");

        DriverTable table = answer.table();
        assertThat(table.columns()).containsExactly("细分", "之前", "之后", "贡献");
        assertThat(table.rows().get(0).get(0)).isEqualTo("整体");
        assertThat(table.rows().get(1).get(0)).isEqualTo("广东·安卓");
        assertThat(table.rows().get(1).get(3)).startsWith("+").endsWith(" 元");
        assertThat(DriverTable.of(answer.result(), Language.EN).rows().get(1).get(0)).isEqualTo("广东 · Android");
    }

    @Test
    void theSameFactsGiveTheSameAnswer() throws Exception {
        FactTable facts = Audience.facts(c -> c.is("region", "上海") ? c.withCvr(0.7) : c);
        DiagnosisAnswer first = diagnose(facts, request(Metric.ROI), Language.ZH);
        DiagnosisAnswer again = diagnose(facts, request(Metric.ROI), Language.ZH);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.chart()).isEqualTo(first.chart());
        assertThat(first.result().focus().orElseThrow().segment().value("region")).contains("上海");
    }

    @Test
    void aComparisonPeriodCanBeChosen() {
        DiagnosisRequest request = request(Metric.COST).withComparison(io.adcopilot.agent.nlu.slot.DateRange.day(
                LocalDate.of(2026, 11, 12)));
        assertThat(request.comparison().start()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(DiagnosisRequest.of(Metric.COST, Audience.CURRENT).comparison().start()).isEqualTo(Audience.BEFORE);
        assertThat(request.filters()).isEqualTo(Map.of());
    }
}
