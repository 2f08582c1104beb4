package org.opencities.testbench.orchestrator.admission;

/**
 * A bandwidth profile in its IETF form (rates in kbit/s, bursts in bytes), as VOLTHA keeps it.
 * Construction only rejects negative numbers; {@link #tcontType()} applies the T-CONT rules of
 * SPECS section 1 and explains a profile that fits none of them.
 *
 * @param cirKbps committed information rate
 * @param cbsBytes committed burst size
 * @param pirKbps peak information rate
 * @param pbsBytes peak burst size
 * @param girKbps guaranteed (fixed) information rate
 */
public record BandwidthProfile(long cirKbps, long cbsBytes, long pirKbps, long pbsBytes, long girKbps) {

    public BandwidthProfile {
        requireNotNegative("cirKbps", cirKbps);
        requireNotNegative("cbsBytes", cbsBytes);
        requireNotNegative("pirKbps", pirKbps);
        requireNotNegative("pbsBytes", pbsBytes);
        requireNotNegative("girKbps", girKbps);
    }

    /**
     * A profile from its MEF form: PIR = CIR + EIR, PBS = CBS + EBS, GIR = AIR (as ONOS SADIS
     * converts it: the peak bucket holds the committed and the excess burst).
     */
    public static BandwidthProfile mef(long cirKbps, long cbsBytes, long eirKbps, long ebsBytes, long airKbps) {
        requireNotNegative("eirKbps", eirKbps);
        requireNotNegative("ebsBytes", ebsBytes);
        requireNotNegative("cirKbps", cirKbps);
        requireNotNegative("cbsBytes", cbsBytes);
        return new BandwidthProfile(cirKbps, cbsBytes, Math.addExact(cirKbps, eirKbps), Math.addExact(cbsBytes, ebsBytes), airKbps);
    }

    /** The profile an app asks for with a guaranteed and a maximum rate: CIR and PIR, no fixed part. */
    public static BandwidthProfile of(long guaranteedKbps, long maximumKbps) {
        return new BandwidthProfile(guaranteedKbps, 0, maximumKbps, 0, 0);
    }

    /** The T-CONT type that serves this profile, or {@link InvalidProfile} saying which rule it breaks. */
    public TcontType tcontType() {
        if (pirKbps == 0) {
            throw new InvalidProfile("pirKbps", "PIR must be above 0 kbit/s: a profile without a peak rate carries no traffic");
        }
        if (girKbps > 0) {
            if (cirKbps == 0) {
                if (girKbps == pirKbps) {
                    return TcontType.FIXED;
                }
                if (pirKbps > girKbps) {
                    return TcontType.MIXED;
                }
                throw new InvalidProfile("pirKbps", "PIR " + pirKbps + " kbit/s is below GIR " + girKbps
                        + " kbit/s; a fixed profile needs PIR = GIR, a mixed one PIR >= GIR + CIR");
            }
            if (pirKbps >= girKbps + cirKbps) {
                return TcontType.MIXED;
            }
            throw new InvalidProfile("pirKbps", "PIR " + pirKbps + " kbit/s is below GIR + CIR = " + (girKbps + cirKbps)
                    + " kbit/s; a mixed profile (type 5) needs PIR >= GIR + CIR");
        }
        if (cirKbps == 0) {
            return TcontType.BEST_EFFORT;
        }
        if (cirKbps == pirKbps) {
            return TcontType.ASSURED;
        }
        if (pirKbps > cirKbps) {
            return TcontType.ASSURED_AND_NON_ASSURED;
        }
        throw new InvalidProfile("pirKbps", "PIR " + pirKbps + " kbit/s is below CIR " + cirKbps
                + " kbit/s; the peak rate must be at least the committed rate");
    }

    /** What admission control must always have free for this profile: GIR + CIR (SPECS section 1 table). */
    public long guaranteedKbps() {
        tcontType();
        return girKbps + cirKbps;
    }

    /** The most this profile may ever use: PIR. */
    public long maximumKbps() {
        tcontType();
        return pirKbps;
    }

    private static void requireNotNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidProfile(field, field + " must be 0 or more, it is " + value);
        }
    }
}
