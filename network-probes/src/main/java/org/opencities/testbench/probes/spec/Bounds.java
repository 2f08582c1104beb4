package org.opencities.testbench.probes.spec;

import java.time.Duration;
import java.util.Objects;

/** Range checks shared by the specs, so that every spec fails with the same kind of message. */
final class Bounds {

    private Bounds() {
    }

    static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ": " + value);
        }
        return value;
    }

    static Duration within(String name, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ": " + value);
        }
        return value;
    }
}
