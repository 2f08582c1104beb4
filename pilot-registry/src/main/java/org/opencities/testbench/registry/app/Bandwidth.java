package org.opencities.testbench.registry.app;

/**
 * The rates an app needs in one direction, in kbit/s. A maximum above zero and a guaranteed rate
 * between zero and the maximum make a profile a segment can provision; anything else is refused
 * here rather than by the OLT at provisioning time.
 */
public record Bandwidth(Direction direction, long guaranteedKbps, long maximumKbps) {

    /** Which way the traffic flows, as the field prefix in error reports. */
    public enum Direction {
        DOWNSTREAM("downstream"), UPSTREAM("upstream");

        private final String field;

        Direction(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Bandwidth {
        if (direction == null) {
            throw new IllegalArgumentException("direction must be given");
        }
        String prefix = direction.field() + ".";
        if (maximumKbps <= 0) {
            throw new ImpossibleNetworkProfile(prefix + "maximumKbps", "the maximum rate must be above 0 kbit/s, it is "
                    + maximumKbps + "; an app that needs no " + direction.field() + " traffic still needs a little");
        }
        if (guaranteedKbps < 0) {
            throw new ImpossibleNetworkProfile(prefix + "guaranteedKbps", "the guaranteed rate must be 0 kbit/s or more, it is "
                    + guaranteedKbps);
        }
        if (guaranteedKbps > maximumKbps) {
            throw new ImpossibleNetworkProfile(prefix + "guaranteedKbps", "the guaranteed rate " + guaranteedKbps
                    + " kbit/s exceeds the maximum " + maximumKbps + " kbit/s; lower it or raise the maximum");
        }
    }

    public static Bandwidth downstream(long guaranteedKbps, long maximumKbps) {
        return new Bandwidth(Direction.DOWNSTREAM, guaranteedKbps, maximumKbps);
    }

    public static Bandwidth upstream(long guaranteedKbps, long maximumKbps) {
        return new Bandwidth(Direction.UPSTREAM, guaranteedKbps, maximumKbps);
    }

    /** The T-CONT type that serves this direction. */
    public TcontType tcontType() {
        if (guaranteedKbps == 0) {
            return TcontType.BEST_EFFORT;
        }
        return guaranteedKbps == maximumKbps ? TcontType.ASSURED : TcontType.ASSURED_AND_NON_ASSURED;
    }
}
