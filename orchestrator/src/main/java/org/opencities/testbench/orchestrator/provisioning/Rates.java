package org.opencities.testbench.orchestrator.provisioning;

import org.opencities.testbench.orchestrator.admission.BandwidthProfile;

/** A direction's guaranteed and maximum rate as service events carry them (kbit/s). */
public record Rates(long guaranteedKbps, long maximumKbps) {

    public static Rates of(BandwidthProfile profile) {
        return new Rates(profile.guaranteedKbps(), profile.maximumKbps());
    }
}
