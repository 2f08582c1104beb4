package org.opencities.testbench.probes.spec;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP GET of {@code url} timed phase by phase; the body is read up to {@code maxBodyBytes}
 * and the whole exchange may take at most {@code timeout}.
 */
public record HttpTimingSpec(URI url, Duration timeout, long maxBodyBytes) implements MeasurementSpec {

    public HttpTimingSpec {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("url must be http or https: " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("url must name a host: " + url);
        }
        Bounds.within("timeout", timeout, Duration.ofMillis(1), Duration.ofSeconds(120));
        if (maxBodyBytes < 0 || maxBodyBytes > 1L << 30) {
            throw new IllegalArgumentException("maxBodyBytes must be from 0 to 1 GiB: " + maxBodyBytes);
        }
    }

    /** A GET with a 10 s timeout that reads at most 1 MiB of body. */
    public static HttpTimingSpec of(URI url) {
        return new HttpTimingSpec(url, Duration.ofSeconds(10), 1L << 20);
    }

    @Override
    public String tool() {
        return "http";
    }

    @Override
    public String address() {
        return url.toString();
    }

    @Override
    public Duration bound() {
        return timeout;
    }
}
