package org.opencities.testbench.probes.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * A STAMP (RFC 8762) session: {@code count} test packets to a Session-Reflector, one every
 * {@code interval}, each 44 octets plus {@code padding}, marked with {@code dscp}; replies later than
 * {@code timeout} after the last packet count as lost.
 */
public record StampSpec(Endpoint target, int count, Duration interval, int padding, int dscp, Duration timeout)
        implements MeasurementSpec {

    /** The IANA port of STAMP. */
    public static final int DEFAULT_PORT = 862;
    /** Keeps a padded packet inside one 1500-octet IPv6 datagram: 1500 - 40 - 8 - 44. */
    public static final int MAX_PADDING = 1408;

    public StampSpec {
        Objects.requireNonNull(target, "target");
        Bounds.within("count", count, 1, 100_000);
        Bounds.within("interval", interval, Duration.ZERO, Duration.ofSeconds(10));
        Bounds.within("padding", padding, 0, MAX_PADDING);
        Bounds.within("dscp", dscp, 0, 63);
        Bounds.within("timeout", timeout, Duration.ofMillis(1), Duration.ofSeconds(60));
        if (interval.multipliedBy(count).compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("count x interval must not exceed one hour: " + count + " x " + interval);
        }
    }

    /** A session of {@code count} packets every 10 ms, without padding, best effort, 1 s timeout. */
    public static StampSpec of(Endpoint target, int count) {
        return new StampSpec(target, count, Duration.ofMillis(10), 0, 0, Duration.ofSeconds(1));
    }

    @Override
    public String tool() {
        return "stamp";
    }

    @Override
    public String address() {
        return target.toString();
    }

    @Override
    public Duration bound() {
        return interval.multipliedBy(count).plus(timeout);
    }
}
