package org.opencities.testbench.probes.schedule;

import java.util.Locale;

/** Whether a task still makes runs. */
public enum TaskState {
    /** Makes runs at its slots. */
    ACTIVE,
    /** A one-off task whose run has ended. */
    DONE,
    /** Stopped by a cancel assignment; its unfinished runs were canceled. */
    CANCELED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
