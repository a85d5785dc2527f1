package dev.reckon.adapter.rest.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and what it accepts.
 *
 * @param host            the address to bind; a non-loopback one needs a token
 * @param port            the port; 0 for any free one
 * @param token           the bearer token every request other than GET and HEAD must carry; empty for none
 * @param maxBodyBytes    the largest body accepted, except on imports
 * @param maxImportBytes  the largest body accepted on {@code POST /imports}
 * @param idleTimeout     how long a connection may go without reading or writing a byte before it is dropped,
 *                        and the longest a request's body may take to arrive
 * @param requestTimeout  how long a request may take before it is answered 503 (its work is not interrupted)
 */
public record RestSettings(String host, int port, Optional<String> token, long maxBodyBytes, long maxImportBytes,
                           Duration idleTimeout, Duration requestTimeout) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024;
    public static final long DEFAULT_MAX_IMPORT_BYTES = 50L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    public static final String LOOPBACK = "127.0.0.1";

    public RestSettings {
        Objects.requireNonNull(host, "host is null");
        Objects.requireNonNull(token, "token is null");
        Objects.requireNonNull(idleTimeout, "idleTimeout is null");
        Objects.requireNonNull(requestTimeout, "requestTimeout is null");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes < 1 || maxImportBytes < 1) {
            throw new IllegalArgumentException("body limits must be positive");
        }
        if (token.isPresent() && token.get().isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
    }

    /** Loopback, the given port, no token, the default limits. */
    public static RestSettings loopback(int port) {
        return new RestSettings(LOOPBACK, port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_IMPORT_BYTES,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    public RestSettings withToken(String value) {
        return new RestSettings(host, port, Optional.of(value), maxBodyBytes, maxImportBytes, idleTimeout,
                requestTimeout);
    }

    public RestSettings withLimits(long body, long imports) {
        return new RestSettings(host, port, token, body, imports, idleTimeout, requestTimeout);
    }

    public RestSettings withIdleTimeout(Duration timeout) {
        return new RestSettings(host, port, token, maxBodyBytes, maxImportBytes, timeout, requestTimeout);
    }

    public RestSettings withRequestTimeout(Duration timeout) {
        return new RestSettings(host, port, token, maxBodyBytes, maxImportBytes, idleTimeout, timeout);
    }

    byte[] tokenBytes() {
        return token.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
    }

    @Override
    public String toString() {
        // The token never appears in logs.
        return "RestSettings[host=" + host + ", port=" + port + ", token=" + (token.isPresent() ? "(set)" : "(none)")
                + ", maxBodyBytes=" + maxBodyBytes + ", maxImportBytes=" + maxImportBytes + ", idleTimeout="
                + idleTimeout + ", requestTimeout=" + requestTimeout + "]";
    }
}
