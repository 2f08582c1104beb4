package org.opencities.testbench.probes.sla;

/** What the evaluation of a window asks for. */
public sealed interface Verdict {

    /** Raise an alarm: the window breaches a limit and no alarm is raised yet. */
    record Raise(Breach breach) implements Verdict {
    }

    /** Clear the raised alarm: the window is within every limit again. */
    record Clear() implements Verdict {
    }

    /** Nothing changes: too few results yet, or the alarm state already matches the window. */
    record Keep() implements Verdict {
    }
}
