package org.opencities.testbench.orchestrator.inventory;

/**
 * PON technologies with their line rates and the usable payload budget a segment starts from
 * (rates in kbit/s; ITU-T G.984, G.987, G.9807.1).
 */
public enum Technology {

    GPON(2_488_320, 1_244_160, 2_300_000, 1_100_000, 128),
    XG_PON(9_953_280, 2_488_320, 8_500_000, 2_300_000, 256),
    XGS_PON(9_953_280, 9_953_280, 8_500_000, 8_500_000, 256);

    private final long lineRateDownKbps;
    private final long lineRateUpKbps;
    private final long usableDownKbps;
    private final long usableUpKbps;
    private final int maxSplitRatio;

    Technology(long lineRateDownKbps, long lineRateUpKbps, long usableDownKbps, long usableUpKbps, int maxSplitRatio) {
        this.lineRateDownKbps = lineRateDownKbps;
        this.lineRateUpKbps = lineRateUpKbps;
        this.usableDownKbps = usableDownKbps;
        this.usableUpKbps = usableUpKbps;
        this.maxSplitRatio = maxSplitRatio;
    }

    public long lineRateDownKbps() {
        return lineRateDownKbps;
    }

    public long lineRateUpKbps() {
        return lineRateUpKbps;
    }

    /** Default usable downstream capacity of a new segment of this technology. */
    public long usableDownKbps() {
        return usableDownKbps;
    }

    /** Default usable upstream capacity of a new segment of this technology. */
    public long usableUpKbps() {
        return usableUpKbps;
    }

    /** Largest logical split the technology supports (SPECS section 1). */
    public int maxSplitRatio() {
        return maxSplitRatio;
    }
}
