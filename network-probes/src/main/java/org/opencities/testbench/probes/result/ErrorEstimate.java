package org.opencities.testbench.probes.result;

import java.time.Duration;

/**
 * The 16-bit STAMP/TWAMP error estimate: S (clock synchronised to UTC), Z (0 = NTP format timestamp),
 * Scale (6 bits) and Multiplier (8 bits); the error is Multiplier x 2^-32 x 2^Scale seconds.
 */
public record ErrorEstimate(boolean synchronised, boolean ptpFormat, int scale, int multiplier) {

    public ErrorEstimate {
        if (scale < 0 || scale > 63) {
            throw new IllegalArgumentException("scale must be from 0 to 63: " + scale);
        }
        if (multiplier < 0 || multiplier > 255) {
            throw new IllegalArgumentException("multiplier must be from 0 to 255: " + multiplier);
        }
    }

    /** The smallest NTP-format estimate not below {@code error}. */
    public static ErrorEstimate atLeast(Duration error, boolean synchronised) {
        double units = error.toNanos() * 0x1p32 / 1e9;
        int scale = 0;
        while (scale < 63 && Math.ceil(units / Math.scalb(1.0, scale)) > 255) {
            scale++;
        }
        int multiplier = (int) Math.max(1, Math.min(255, Math.ceil(units / Math.scalb(1.0, scale))));
        return new ErrorEstimate(synchronised, false, scale, multiplier);
    }

    /** Reads the two octets as they travel. */
    public static ErrorEstimate decode(int bits) {
        return new ErrorEstimate((bits & 0x8000) != 0, (bits & 0x4000) != 0, (bits >> 8) & 0x3f, bits & 0xff);
    }

    /** The two octets as they travel. */
    public int encode() {
        return (synchronised ? 0x8000 : 0) | (ptpFormat ? 0x4000 : 0) | scale << 8 | multiplier;
    }

    /** The error in seconds. */
    public double seconds() {
        return multiplier * Math.scalb(1.0, scale - 32);
    }
}
