package org.opencities.testbench.probes.schedule;

/** How urgent a task's runs are; a run pre-empts conflicting runs of lower priority. */
public enum Priority {
    /** Repeating measurements of an active service. */
    ROUTINE,
    /** The one-off test that decides whether a service may go live. */
    ACTIVATION;

    public boolean above(Priority other) {
        return compareTo(other) > 0;
    }
}
