package io.adcopilot.eval.trace;

import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.InstrumentationLibraryInfo;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends span batches to an OpenTelemetry collector over OTLP/HTTP (protobuf), e.g.
 * {@code http://localhost:4318/v1/traces}, from the trace writer's thread (off the request path). A turn is a
 * SERVER span, tool and LLM calls CLIENT spans, the rest INTERNAL; attributes keep their names.
 */
public final class OtlpExport implements Consumer<List<SpanRecord>>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OtlpExport.class);
    private static final InstrumentationScopeInfo SCOPE = InstrumentationScopeInfo.create("io.adcopilot");
    @SuppressWarnings("deprecation")
    private static final InstrumentationLibraryInfo LIBRARY = InstrumentationLibraryInfo.create("io.adcopilot", null);

    private final OtlpHttpSpanExporter exporter;
    private final Resource resource;
    private final AtomicLong exported = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public OtlpExport(String endpoint) {
        this.exporter = OtlpHttpSpanExporter.builder().setEndpoint(endpoint).setTimeout(Duration.ofSeconds(10)).build();
        this.resource = Resource.getDefault().merge(Resource.create(Attributes.of(
                AttributeKey.stringKey("service.name"), "ad-copilot")));
    }

    @Override
    public void accept(List<SpanRecord> batch) {
        CompletableResultCode result = exporter.export(batch.stream().<SpanData>map(s -> new Exported(s, resource)).toList())
                .join(15, TimeUnit.SECONDS);
        if (result.isSuccess()) {
            exported.addAndGet(batch.size());
        } else {
            failed.addAndGet(batch.size());
            LOG.warn("OTLP export of {} spans failed", batch.size());
        }
    }

    public long exported() {
        return exported.get();
    }

    public long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        exporter.shutdown().join(10, TimeUnit.SECONDS);
    }

    /** A finished span as the OpenTelemetry SDK's exporters read it. */
    private record Exported(SpanRecord span, Resource resource) implements SpanData {

        @Override
        public String getName() {
            return span.name();
        }

        @Override
        public io.opentelemetry.api.trace.SpanKind getKind() {
            if (span.kind() == SpanKind.TURN) return io.opentelemetry.api.trace.SpanKind.SERVER;
            if (span.kind() == SpanKind.TOOL || span.kind() == SpanKind.LLM) return io.opentelemetry.api.trace.SpanKind.CLIENT;
            return io.opentelemetry.api.trace.SpanKind.INTERNAL;
        }

        @Override
        public SpanContext getSpanContext() {
            return SpanContext.create(span.traceId(), span.spanId(), TraceFlags.getSampled(), TraceState.getDefault());
        }

        @Override
        public SpanContext getParentSpanContext() {
            return span.parentId() == null ? SpanContext.getInvalid()
                    : SpanContext.create(span.traceId(), span.parentId(), TraceFlags.getSampled(), TraceState.getDefault());
        }

        @Override
        public StatusData getStatus() {
            return span.error() == null ? StatusData.ok() : StatusData.create(StatusCode.ERROR, span.error());
        }

        @Override
        public long getStartEpochNanos() {
            return nanos(span.start());
        }

        @Override
        public long getEndEpochNanos() {
            return nanos(span.end());
        }

        @Override
        public Attributes getAttributes() {
            AttributesBuilder b = Attributes.builder();
            for (Map.Entry<String, Object> e : span.attributes().entrySet()) {
                Object v = e.getValue();
                if (v instanceof Boolean flag) b.put(e.getKey(), flag);
                else if (v instanceof Double || v instanceof Float) b.put(e.getKey(), ((Number) v).doubleValue());
                else if (v instanceof Number n) b.put(e.getKey(), n.longValue());
                else b.put(e.getKey(), String.valueOf(v));
            }
            return b.build();
        }

        @Override
        public List<EventData> getEvents() {
            return List.of();
        }

        @Override
        public List<LinkData> getLinks() {
            return List.of();
        }

        @Override
        public boolean hasEnded() {
            return true;
        }

        @Override
        public int getTotalRecordedEvents() {
            return 0;
        }

        @Override
        public int getTotalRecordedLinks() {
            return 0;
        }

        @Override
        public int getTotalAttributeCount() {
            return span.attributes().size();
        }

        @Override
        @SuppressWarnings("deprecation")
        public InstrumentationLibraryInfo getInstrumentationLibraryInfo() {
            return LIBRARY;
        }

        @Override
        public InstrumentationScopeInfo getInstrumentationScopeInfo() {
            return SCOPE;
        }

        @Override
        public Resource getResource() {
            return resource;
        }

        private static long nanos(Instant i) {
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        }
    }
}
