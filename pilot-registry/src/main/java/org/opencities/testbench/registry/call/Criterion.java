package org.opencities.testbench.registry.call;

/** What the jury judges, and how much it counts: a positive weight relative to the call's other criteria. */
public record Criterion(String name, int weight) {

    /** The largest weight a criterion may have. */
    public static final int MAX_WEIGHT = 100;
}
