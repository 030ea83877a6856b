package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;
import java.util.Map;

/** 中文的诊断说明。 */
final class ChineseWording implements Wording {

    private static final Map<Metric, String[]> FACTOR_MEANING = Map.ofEntries(
            Map.entry(Metric.CPC, new String[]{"点击变贵了", "点击变便宜了"}),
            Map.entry(Metric.CPM, new String[]{"展示变贵了", "展示变便宜了"}),
            Map.entry(Metric.CTR, new String[]{"点击率提高了", "愿意点击的人变少了"}),
            Map.entry(Metric.CVR, new String[]{"转化变容易了", "转化变难了"}),
            Map.entry(Metric.AOV, new String[]{"客单价提高了", "客单价下降了"}));

    @Override
    public String intro(String current, String comparison) {
        return current + " 对比 " + comparison + "，";
    }

    @Override
    public String headline(String metric, String before, String after, String change, boolean up) {
        return metric + " 从 " + before + (up ? " 上升到 " : " 下降到 ") + after + "（" + change + "）";
    }

    @Override
    public String mainDriver(String segment, String reason, String contribution, Double share, Part offset) {
        String part = share == null ? "" : share > Explainer.OFFSET_ABOVE ? "（比整体变化还大，其余部分有所抵消"
                + (offset == null ? "" : "，主要是" + offset.label() + "（" + offset.contribution() + "）") + "）"
                : "（约占变化的 " + Formats.roughShare(Math.min(share, 1)) + "）";
        return "，主要来自" + segment + (reason == null ? "" : "：" + reason) + "，贡献了 " + contribution + part + "。";
    }

    @Override
    public String factor(Metric factor, Move move) {
        String[] meaning = FACTOR_MEANING.get(factor);
        return meaning == null ? verb(move) : meaning[move.up() ? 0 : 1] + "（" + verb(move) + "）";
    }

    @Override
    public String factors(List<String> factors) {
        return String.join("；", factors);
    }

    @Override
    public String moved(Move own, String factors) {
        if (own == null) return factors;
        return factors == null ? verb(own) : verb(own) + "，" + factors;
    }

    @Override
    public String shift(Shift s) {
        return s.segment() + "的" + s.weight() + "占比从 " + s.shareBefore() + (s.up() ? " 升到 " : " 降到 ")
                + s.shareAfter() + "，它的 " + s.metric() + "（" + s.value() + "）" + (s.above() ? "高于" : "低于")
                + "整体（" + s.overall() + "）";
    }

    @Override
    public String next(List<Part> parts) {
        return "其次是" + String.join("、", parts.stream().map(p -> p.label() + "（" + p.contribution() + "）").toList())
                + "。";
    }

    @Override
    public String restAlso(String metric, String restChange, boolean up) {
        return "此外，其余部分的 " + metric + " 也" + (up ? "上升" : "下降") + "了 " + restChange + "。";
    }

    @Override
    public String broad(Part top, String metric, String restChange, boolean up) {
        return "，变化比较普遍，并不集中在某个细分：贡献最大的是" + top.label() + "（" + top.contribution() + "）"
                + (restChange == null ? "" : "，其余部分的 " + metric + " 也" + (up ? "上升" : "下降") + "了 " + restChange)
                + "。";
    }

    @Override
    public String unattributed() {
        return "，无法归因到具体细分。";
    }

    @Override
    public String overall(String reason) {
        return "整体来看，" + reason + "。";
    }

    @Override
    public String mix(String dimension, String metric, List<String> shifts, String contribution, Double share) {
        return "，但各" + dimension + "自身的 " + metric + " 变化不大，主要是流量结构变了：" + String.join("；", shifts)
                + "。结构变化贡献了 " + contribution
                + (share == null ? "" : "（约占变化的 " + Formats.roughShare(Math.min(share, 1)) + "）") + "。";
    }

    @Override
    public String flat(String metric, String before, String after, String change) {
        return metric + " 基本持平：" + before + " → " + after + "（" + change + "）。";
    }

    @Override
    public String noDataEither(String current, String comparison, String metric) {
        return current + " 和 " + comparison + " 都没有投放数据，无法比较 " + metric + "。";
    }

    @Override
    public String noDataBefore(String comparison, String current, String metric, String after) {
        return "对比期 " + comparison + " 没有投放数据，无法比较；" + current + " 的 " + metric + " 为 " + after + "。";
    }

    @Override
    public String noDataAfter(String current, String comparison, String metric, String before) {
        return current + " 没有投放数据，无法比较；对比期 " + comparison + " 的 " + metric + " 为 " + before + "。";
    }

    @Override
    public String undefinedBefore(String comparison, String denominator, String metric, String current,
                                  String after) {
        return "对比期 " + comparison + " 的" + denominator + "为 0，" + metric + " 无法计算，无法比较；" + current
                + " 的 " + metric + " 为 " + after + "。";
    }

    @Override
    public String undefinedAfter(String current, String denominator, String metric, String comparison,
                                 String before) {
        return current + " 的" + denominator + "为 0，" + metric + " 无法计算，无法比较；对比期 " + comparison + " 的 "
                + metric + " 为 " + before + "。";
    }

    @Override
    public String undefinedEither(String denominator, String metric) {
        return "两个时间段的" + denominator + "都为 0，" + metric + " 无法计算。";
    }

    @Override
    public String truncated() {
        return "（部分细分超出了报表条数上限，贡献可能不完整。）";
    }

    /** No space between Chinese characters, one between Chinese and Latin letters. */
    @Override
    public String tidy(String text) {
        String cjk = "[\\p{IsHan}（）「」，。；：]";
        return text.replaceAll("(?<=" + cjk + ") +(?=" + cjk + ")", "")
                .replaceAll("(?<=\\p{IsHan})(?=[A-Za-z])", " ")
                .replaceAll("(?<=[A-Za-z])(?=\\p{IsHan})", " ");
    }

    @Override
    public String overallLabel() {
        return "整体";
    }

    @Override
    public List<String> tableColumns() {
        return List.of("细分", "之前", "之后", "贡献");
    }

    @Override
    public String chartTitle(String metric) {
        return metric + " 变化的主要来源";
    }

    @Override
    public String chartSeries() {
        return "贡献";
    }

    private static String verb(Move move) {
        return move.label() + " 从 " + move.before() + (move.up() ? " 升到 " : " 降到 ") + move.after();
    }
}
