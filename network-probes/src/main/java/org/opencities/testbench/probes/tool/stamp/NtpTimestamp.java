package org.opencities.testbench.probes.tool.stamp;

import java.time.Instant;

/** The 64-bit NTP timestamp: 32-bit seconds since 1900-01-01 and a 32-bit binary fraction. */
final class NtpTimestamp {

    /** Seconds from the NTP era start (1900) to the Unix epoch (1970). */
    static final long UNIX_OFFSET_SECONDS = 2_208_988_800L;

    private NtpTimestamp() {
    }

    static long of(Instant instant) {
        long seconds = (instant.getEpochSecond() + UNIX_OFFSET_SECONDS) & 0xffff_ffffL;
        long fraction = ((long) instant.getNano() << 32) / 1_000_000_000L;
        return seconds << 32 | fraction;
    }

    static Instant toInstant(long timestamp) {
        long seconds = (timestamp >>> 32) - UNIX_OFFSET_SECONDS;
        long nanos = ((timestamp & 0xffff_ffffL) * 1_000_000_000L) >>> 32;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** {@code later - earlier} in nanoseconds, correct across the 2036 seconds wrap for gaps under 68 years. */
    static long nanosBetween(long earlier, long later) {
        return Math.round((later - earlier) * 1e9 / 0x1p32);
    }
}
