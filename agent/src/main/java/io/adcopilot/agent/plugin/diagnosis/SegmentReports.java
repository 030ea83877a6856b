package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.platform.ReportRequest;
import io.adcopilot.agent.platform.ReportTable;
import io.adcopilot.agent.platform.Reports;
import io.adcopilot.core.tool.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads grouped base sums from the platform for one diagnosis, counting the report calls it makes. */
final class SegmentReports {

    /** Enough for the audience cube (16 regions × 3 devices × 2 genders × 5 ages = 480 cells) and any catalog. */
    static final int ROW_LIMIT = 10_000;

    private final Reports reports;
    private final Principal principal;
    private final Map<String, List<String>> filters;
    private int calls;

    SegmentReports(Reports reports, Principal principal, Map<String, List<String>> filters) {
        this.reports = reports;
        this.principal = principal;
        this.filters = filters;
    }

    int calls() {
        return calls;
    }

    /** The base sums grouped by {@code dimensions} in both periods (two report calls). */
    Period<Grouped> both(List<String> dimensions, Period<DateRange> periods, Map<String, List<String>> narrower)
            throws Reports.ReportFailure {
        return new Period<>(one(dimensions, periods.before(), narrower), one(dimensions, periods.after(), narrower));
    }

    private Grouped one(List<String> dimensions, DateRange range, Map<String, List<String>> narrower)
            throws Reports.ReportFailure {
        Map<String, List<String>> all = new LinkedHashMap<>(filters);
        all.putAll(narrower);
        calls++;
        ReportTable table = reports.query(principal, new ReportRequest(BaseSums.KEYS, dimensions, all, range,
                Optional.empty(), Optional.of(ROW_LIMIT)));
        Map<Segment, BaseSums> segments = new LinkedHashMap<>();
        BaseSums sumOfRows = BaseSums.ZERO;
        for (Map<String, Object> row : table.rows()) {
            BaseSums sums = BaseSums.of(row);
            segments.merge(segment(dimensions, row), sums, BaseSums::plus);
            sumOfRows = sumOfRows.plus(sums);
        }
        BaseSums totals = BaseSums.complete(table.totals()) ? BaseSums.of(table.totals()) : sumOfRows;
        return new Grouped(totals, segments, table.truncated());
    }

    private static Segment segment(List<String> dimensions, Map<String, Object> row) {
        return new Segment(dimensions.stream().map(d -> new Facet(d, Objects.toString(row.get(d), ""),
                Objects.toString(row.get(d + "_name"), null))).toList());
    }
}
