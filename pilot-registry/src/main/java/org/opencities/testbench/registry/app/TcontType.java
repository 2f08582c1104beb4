package org.opencities.testbench.registry.app;

/**
 * The GPON T-CONT type a direction of an app's traffic needs (SPECS section 1). An app states only
 * a guaranteed and a maximum rate, so it cannot ask for type 1 (fixed) or 5 (mixed) explicitly:
 * a guaranteed rate equal to the maximum is served as assured, which a segment may map to fixed.
 */
public enum TcontType {

    /** Type 2: the whole rate is guaranteed. */
    ASSURED(2),
    /** Type 3: a guaranteed rate, and more up to the maximum when there is room. */
    ASSURED_AND_NON_ASSURED(3),
    /** Type 4: nothing guaranteed, up to the maximum when there is room. */
    BEST_EFFORT(4);

    private final int number;

    TcontType(int number) {
        this.number = number;
    }

    /** The type's number as G.984 and VOLTHA name it. */
    public int number() {
        return number;
    }
}
