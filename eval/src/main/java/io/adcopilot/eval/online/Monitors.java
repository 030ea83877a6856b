package io.adcopilot.eval.online;

import io.adcopilot.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every monitor against live traffic: a monitor that crosses its water level (with enough samples) raises
 * one alert, stored and POSTed as JSON to its webhook (or the default one); it alerts again only after it has
 * recovered.
 */
public final class Monitors {

    private static final Logger LOG = LoggerFactory.getLogger(Monitors.class);

    /** A monitor's reading: the value, its interval where it is a sampled proportion (else NaN), and over how many. */
    public record Reading(Monitor monitor, double value, double low, double high, long n, boolean breached) {}

    private final MonitorStore store;
    private final AnnotationStore annotations;
    private final Dashboard dashboard;
    private final Optional<String> defaultWebhook;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Monitors(MonitorStore store, AnnotationStore annotations, Dashboard dashboard, Optional<String> defaultWebhook,
                    Clock clock) {
        this.store = store;
        this.annotations = annotations;
        this.dashboard = dashboard;
        this.defaultWebhook = defaultWebhook;
        this.clock = clock;
    }

    public Reading read(Monitor m) {
        Instant since = clock.instant().minus(Duration.ofDays(m.windowDays()));
        double value;
        double low = Double.NaN;
        double high = Double.NaN;
        long n;
        switch (m.metric()) {
            case ONLINE_INTENT_ACCURACY -> {
                OnlineAccuracy.Share all = OnlineAccuracy.of(annotations.labelled(since)).overall();
                value = all.estimate();
                low = all.interval().low();
                high = all.interval().high();
                n = all.n();
            }
            case TOOL_ERROR_RATE -> {
                Dashboard.Rate r = dashboard.toolErrors(since);
                value = r.value();
                n = r.whole();
            }
            case NEGATIVE_FEEDBACK_RATE -> {
                Dashboard.Rate r = dashboard.negativeFeedback(since);
                value = r.value();
                n = r.whole();
            }
            default -> {
                double[] p95 = dashboard.p95Latency(since);
                value = p95[0];
                n = (long) p95[1];
            }
        }
        boolean breached = n >= m.minSamples() && !Double.isNaN(value) && m.metric().breached(value, m.threshold());
        return new Reading(m, value, low, high, n, breached);
    }

    /** Reads every monitor; raises the alerts of those that have just crossed their water level. */
    public synchronized List<Alert> check() {
        List<Alert> raised = new ArrayList<>();
        for (Monitor m : store.all()) {
            Reading r = read(m);
            boolean was = store.alerting(m.id());
            if (r.breached() && !was) raised.add(raise(r));
            if (r.breached() != was) store.setAlerting(m.id(), r.breached());
        }
        return raised;
    }

    private Alert raise(Reading r) {
        Monitor m = r.monitor();
        Alert alert = new Alert(UUID.randomUUID().toString(), m.id(), m.name(), m.metric().key(), r.value(), m.threshold(),
                r.low(), r.high(), r.n(), clock.instant(), "pending");
        store.add(alert);
        Optional<String> url = Optional.ofNullable(m.webhookUrl()).filter(u -> !u.isBlank()).or(() -> defaultWebhook);
        String delivery = url.map(u -> post(u, alert)).orElse("no webhook configured");
        store.delivered(alert.id(), delivery);
        LOG.warn("alert: {} {} = {} (water level {}, n = {}); webhook: {}", m.name(), m.metric().key(), r.value(),
                m.threshold(), r.n(), delivery);
        return new Alert(alert.id(), alert.monitorId(), alert.monitorName(), alert.metric(), alert.value(), alert.threshold(),
                alert.low(), alert.high(), alert.n(), alert.at(), delivery);
    }

    private String post(String url, Alert alert) {
        var body = Json.object().put("monitor", alert.monitorName()).put("monitor_id", alert.monitorId())
                .put("metric", alert.metric()).put("value", alert.value()).put("threshold", alert.threshold())
                .put("n", alert.n()).put("at", alert.at().toString());
        if (!Double.isNaN(alert.low())) body.put("low", alert.low()).put("high", alert.high());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? "delivered (" + response.statusCode() + ")"
                    : "failed: HTTP " + response.statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return "failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "failed: interrupted";
        }
    }
}
