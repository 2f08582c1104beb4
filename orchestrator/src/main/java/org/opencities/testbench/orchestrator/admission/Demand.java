package org.opencities.testbench.orchestrator.admission;

import java.util.Objects;

/** The profiles a service asks a segment for, one per direction. */
public record Demand(BandwidthProfile downstream, BandwidthProfile upstream) {

    public Demand {
        Objects.requireNonNull(downstream, "downstream");
        Objects.requireNonNull(upstream, "upstream");
    }

    /** Both profiles checked against the T-CONT rules; a refusal names the direction, e.g. {@code upstream.pirKbps}. */
    public Demand validated() {
        validate(downstream, Direction.DOWNSTREAM);
        validate(upstream, Direction.UPSTREAM);
        return this;
    }

    public BandwidthProfile in(Direction direction) {
        return direction == Direction.DOWNSTREAM ? downstream : upstream;
    }

    private static void validate(BandwidthProfile profile, Direction direction) {
        try {
            profile.tcontType();
        } catch (InvalidProfile e) {
            throw e.under(direction.label() + ".");
        }
    }
}
