package org.opencities.testbench.orchestrator.admission;

/** The five T-CONT types of G.984 / VOLTHA (SPECS section 1) and their numbers. */
public enum TcontType {
    /** Type 1: a fixed rate, GIR = PIR. */
    FIXED(1),
    /** Type 2: assured, CIR = PIR. */
    ASSURED(2),
    /** Type 3: assured plus non-assured up to PIR. */
    ASSURED_AND_NON_ASSURED(3),
    /** Type 4: best effort up to PIR. */
    BEST_EFFORT(4),
    /** Type 5: fixed plus assured plus best effort up to PIR. */
    MIXED(5);

    private final int number;

    TcontType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
