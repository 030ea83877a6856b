package io.adcopilot.gateway.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Calls the platform over HTTP with the principal's own token: pooled connections (one {@link HttpClient}),
 * a timeout on every request, retries for reads only (on transport errors and 5xx), and a circuit breaker that
 * stops calling a failing platform for a while.
 */
public final class HttpConnector {

    /** How patient to be with the platform. */
    public record Config(Duration connectTimeout, Duration requestTimeout, int readAttempts, Duration retryWait,
                         int breakerWindow, float breakerFailurePercent, Duration breakerOpenFor) {

        public static Config defaults() {
            return new Config(Duration.ofSeconds(2), Duration.ofSeconds(10), 3, Duration.ofMillis(100), 20, 50f,
                    Duration.ofSeconds(10));
        }
    }

    /** A request to the platform; {@code path} is relative to the base URL and already expanded. */
    public record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                          String jsonBody, String bearerToken) {}

    /** The platform's answer. */
    public record Response(int status, String body) {}

    /** The platform could not be reached, kept failing, or the breaker is open. */
    public static final class UnavailableException extends Exception {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Config config;
    private final Supplier<URI> baseUrl;
    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final Retry retry;

    /** @param baseUrl where the platform's API is, looked up per request (an embedded platform's port is known late) */
    public HttpConnector(Config config, Supplier<URI> baseUrl) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        this.breaker = CircuitBreaker.of("platform", CircuitBreakerConfig.custom()
                .slidingWindowSize(config.breakerWindow())
                .minimumNumberOfCalls(Math.max(2, config.breakerWindow() / 2))
                .failureRateThreshold(config.breakerFailurePercent())
                .waitDurationInOpenState(config.breakerOpenFor())
                .recordException(e -> e instanceof IOException || e instanceof ServerError)
                .build());
        this.retry = Retry.of("platform-reads", RetryConfig.custom()
                .maxAttempts(config.readAttempts())
                .waitDuration(config.retryWait())
                .retryOnException(e -> e instanceof IOException || e instanceof ServerError)
                .build());
    }

    /** Sends the request; reads ({@code retryable}) are retried on transport errors and 5xx answers. */
    public Response send(Request request, boolean retryable) throws UnavailableException {
        var once = CircuitBreaker.decorateCheckedSupplier(breaker, () -> exchange(request));
        var call = retryable ? Retry.decorateCheckedSupplier(retry, once) : once;
        try {
            return call.get();
        } catch (ServerError e) {
            return e.response;
        } catch (CallNotPermittedException e) {
            throw new UnavailableException("the platform is failing; calls are paused for "
                    + config.breakerOpenFor().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new UnavailableException("the platform did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted", e);
        } catch (Throwable e) {
            throw new UnavailableException("calling the platform failed: " + e, e);
        }
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private Response exchange(Request r) throws IOException, InterruptedException, ServerError {
        var uri = URI.create(baseUrl.get().toString().replaceAll("/$", "") + r.path() + queryString(r.query()));
        var builder = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("Accept", "application/json");
        if (r.bearerToken() != null) builder.header("Authorization", "Bearer " + r.bearerToken());
        r.headers().forEach(builder::header);
        if (r.jsonBody() != null) {
            builder.header("Content-Type", "application/json")
                    .method(r.method(), HttpRequest.BodyPublishers.ofString(r.jsonBody()));
        } else {
            builder.method(r.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        var result = new Response(response.statusCode(), response.body());
        if (response.statusCode() >= 500) throw new ServerError(result);
        return result;
    }

    private static String queryString(Map<String, List<String>> query) {
        if (query.isEmpty()) return "";
        var joiner = new StringJoiner("&", "?", "");
        query.forEach((name, values) -> values.forEach(v -> joiner.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return joiner.toString();
    }

    /** A 5xx answer: counted by the breaker and retried for reads, then handed back as a response. */
    private static final class ServerError extends Exception {
        final Response response;

        ServerError(Response response) {
            super("HTTP " + response.status(), null, false, false);
            this.response = response;
        }
    }
}
