package org.opencities.testbench.probes.schedule;

import java.util.Locale;

/** Whether a task still makes runs. */
public enum TaskState {
    /** Makes runs at its slots. */
    ACTIVE,
    /** A one-off task whose run has ended. */
    DONE,
    /** Stopped by a cancel assignment; its unfinished runs were canceled. */
    CANCELED,
    /**
     * Refused on arrival: the agent could not measure it (unknown tool, options out of range, no
     * target). It has no spec and one run, ended {@code nonstart} with the reason.
     */
    REFUSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
