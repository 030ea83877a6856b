package io.adcopilot.eval.trace;

import io.adcopilot.core.trace.SpanRecord;
import java.util.List;
import java.util.Optional;

/** Where traces are kept: spans written in batches, a trace read whole, turns listed by their summaries. */
public interface TraceStore {

    /** Writes a batch of finished spans; a turn's root span also makes its summary. */
    void write(List<SpanRecord> spans);

    /** Every span of a trace, in start order; empty when there is no such trace. */
    List<SpanRecord> spans(String traceId);

    Optional<TraceSummary> summary(String traceId);

    List<TraceSummary> list(TraceQuery query);

    /** The turn just before this one in its session, if any. */
    Optional<TraceSummary> previous(TraceSummary turn);
}
