package org.opencities.testbench.orchestrator.admission.web;

import java.util.Map;

import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.InvalidProfile;

/**
 * A bandwidth profile as a request carries it: {@code form} says which members apply, IETF
 * ({@code cirKbps, cbsBytes, pirKbps, pbsBytes, girKbps}, the default) or MEF
 * ({@code cirKbps, cbsBytes, eirKbps, ebsBytes, airKbps}). Absent members are 0.
 */
record ProfileRequest(Form form, Long cirKbps, Long cbsBytes, Long pirKbps, Long pbsBytes, Long girKbps, Long eirKbps,
        Long ebsBytes, Long airKbps) {

    /** Which form a profile is written in. */
    enum Form {
        IETF, MEF
    }

    /** A T-CONT rule broken by a MEF profile is about the MEF member the IETF one comes from. */
    private static final Map<String, String> MEF_FIELDS = Map.of("pirKbps", "eirKbps", "pbsBytes", "ebsBytes", "girKbps", "airKbps");

    /** The profile in IETF form, checked against the T-CONT rules; errors name the field under {@code prefix}. */
    BandwidthProfile toProfile(String prefix) {
        boolean mef = form == Form.MEF;
        if (mef) {
            refuseMember(prefix, pirKbps, "pirKbps", "eirKbps");
            refuseMember(prefix, pbsBytes, "pbsBytes", "ebsBytes");
            refuseMember(prefix, girKbps, "girKbps", "airKbps");
        } else {
            refuseMember(prefix, eirKbps, "eirKbps", "pirKbps");
            refuseMember(prefix, ebsBytes, "ebsBytes", "pbsBytes");
            refuseMember(prefix, airKbps, "airKbps", "girKbps");
        }
        try {
            if (mef) {
                var profile = BandwidthProfile.mef(value(cirKbps), value(cbsBytes), value(eirKbps), value(ebsBytes), value(airKbps));
                profile.tcontType();
                return profile;
            }
            var profile = new BandwidthProfile(value(cirKbps), value(cbsBytes), value(pirKbps), value(pbsBytes), value(girKbps));
            profile.tcontType();
            return profile;
        } catch (InvalidProfile e) {
            String field = mef ? MEF_FIELDS.getOrDefault(e.field(), e.field()) : e.field();
            throw new InvalidProfile(prefix + field, (mef ? "(MEF form: PIR = CIR + EIR, GIR = AIR) " : "") + e.getMessage());
        }
    }

    private void refuseMember(String prefix, Long value, String member, String instead) {
        if (value != null) {
            throw new InvalidProfile(prefix + member, member + " is not a member of the " + (form == Form.MEF ? "MEF" : "IETF")
                    + " form; use " + instead + ", or set form to " + (form == Form.MEF ? "IETF" : "MEF"));
        }
    }

    private static long value(Long member) {
        return member == null ? 0 : member;
    }
}
