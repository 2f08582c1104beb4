package org.opencities.testbench.orchestrator.admission;

/** Sums of the guaranteed and maximum rates admitted in one direction of a segment, in kbit/s. */
public record Load(long guaranteedKbps, long maximumKbps) {

    public static final Load NONE = new Load(0, 0);

    public static Load of(BandwidthProfile profile) {
        return new Load(profile.guaranteedKbps(), profile.maximumKbps());
    }

    public Load plus(Load other) {
        return new Load(guaranteedKbps + other.guaranteedKbps, maximumKbps + other.maximumKbps);
    }

    public Load minus(Load other) {
        return new Load(guaranteedKbps - other.guaranteedKbps, maximumKbps - other.maximumKbps);
    }
}
