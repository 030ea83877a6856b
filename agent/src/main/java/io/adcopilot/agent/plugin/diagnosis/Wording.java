package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;

/** The sentences of an explanation in one language; {@link Explainer} decides which to say. */
interface Wording {

    /** A value change of a segment or factor: its label, its values before and after (formatted), and its way. */
    record Move(String label, String before, String after, boolean up) {}

    /** A named segment with its formatted contribution. */
    record Part(String label, String contribution) {}

    /** A segment whose weight moved: its label, its share before and after, its value, and the overall value. */
    record Shift(String segment, String weight, String shareBefore, String shareAfter, boolean up, String metric,
                 String value, String overall, boolean above) {}

    String intro(String current, String comparison);

    String headline(String metric, String before, String after, String change, boolean up);

    /**
     * The main driver: its label, why it moved (null if nothing can be said), its contribution, its share of the
     * change (null if unknown), and, when it moved more than the whole, the segment of its dimension that offset it
     * most (null if none).
     */
    String mainDriver(String segment, String reason, String contribution, Double share, Part offset);

    /**
     * A factor that moved, told by what it means where it is a rate or price ("conversions got rarer (CVR fell from
     * … to …)"), or just as it moved where it is a count ("clicks fell from … to …").
     */
    String factor(Metric factor, Move move);

    String factors(List<String> factors);

    /** How a segment's own value moved ({@code own}, or null where it is undefined), and what moved underneath it
     * ({@code factors}, or null); at least one of them is given. */
    String moved(Move own, String factors);

    String shift(Shift shift);

    String next(List<Part> parts);

    /** Besides the main driver, the rest of the traffic moved the same way by {@code restChange} (a percentage). */
    String restAlso(String metric, String restChange, boolean up);

    String broad(Part top, String metric, String restChange, boolean up);

    String unattributed();

    String overall(String reason);

    String mix(String dimension, String metric, List<String> shifts, String contribution, Double share);

    String flat(String metric, String before, String after, String change);

    String noDataEither(String current, String comparison, String metric);

    String noDataBefore(String comparison, String current, String metric, String after);

    String noDataAfter(String current, String comparison, String metric, String before);

    String undefinedBefore(String comparison, String denominator, String metric, String current, String after);

    String undefinedAfter(String current, String denominator, String metric, String comparison, String before);

    String undefinedEither(String denominator, String metric);

    String truncated();

    /** The finished text with the language's spacing conventions applied. */
    String tidy(String text);

    String overallLabel();

    List<String> tableColumns();

    String chartTitle(String metric);

    String chartSeries();
}
