package org.opencities.testbench.orchestrator.admission;

/** Which way traffic flows on a PON: downstream is broadcast from the OLT, upstream is TDMA from the ONTs. */
public enum Direction {
    DOWNSTREAM("downstream"), UPSTREAM("upstream");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The direction as it appears in field names and messages. */
    public String label() {
        return label;
    }
}
