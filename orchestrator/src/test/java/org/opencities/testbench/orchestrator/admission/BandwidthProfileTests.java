package org.opencities.testbench.orchestrator.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The T-CONT table of SPECS section 1: each type with its guaranteed and maximum rate, and every profile no type serves. */
class BandwidthProfileTests {

    @ParameterizedTest(name = "CIR {0} PIR {1} GIR {2} -> type {3}")
    @CsvSource({
            // cir, pir, gir, type, guaranteed, maximum
            "0, 1000, 1000, FIXED, 1000, 1000",
            "500, 500, 0, ASSURED, 500, 500",
            "500, 2000, 0, ASSURED_AND_NON_ASSURED, 500, 2000",
            "0, 2000, 0, BEST_EFFORT, 0, 2000",
            "300, 2000, 200, MIXED, 500, 2000",
            "300, 500, 200, MIXED, 500, 500",
            "0, 2000, 200, MIXED, 200, 2000"})
    void derivesTheTcontTypeAndItsRates(long cir, long pir, long gir, TcontType type, long guaranteed, long maximum) {
        var profile = new BandwidthProfile(cir, 10_000, pir, 20_000, gir);

        assertThat(profile.tcontType()).isEqualTo(type);
        assertThat(profile.guaranteedKbps()).isEqualTo(guaranteed);
        assertThat(profile.maximumKbps()).isEqualTo(maximum);
    }

    @ParameterizedTest(name = "CIR {0} PIR {1} GIR {2} -> {3}")
    @CsvSource({
            "0, 0, 0, pirKbps, above 0",
            "100, 0, 0, pirKbps, above 0",
            "0, 0, 100, pirKbps, above 0",
            "500, 400, 0, pirKbps, below CIR 500",
            "0, 80, 100, pirKbps, below GIR 100",
            "300, 400, 200, pirKbps, GIR + CIR = 500",
            "100, 100, 100, pirKbps, GIR + CIR = 200"})
    void refusesProfilesNoTcontTypeServesNamingTheField(long cir, long pir, long gir, String field, String reason) {
        var profile = new BandwidthProfile(cir, 0, pir, 0, gir);

        assertThatThrownBy(profile::tcontType).isInstanceOfSatisfying(InvalidProfile.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @ParameterizedTest(name = "negative {0}")
    @CsvSource({"cirKbps", "cbsBytes", "pirKbps", "pbsBytes", "girKbps"})
    void refusesNegativeMembers(String field) {
        assertThatThrownBy(() -> new BandwidthProfile(field.equals("cirKbps") ? -1 : 0, field.equals("cbsBytes") ? -1 : 0,
                field.equals("pirKbps") ? -1 : 0, field.equals("pbsBytes") ? -1 : 0, field.equals("girKbps") ? -1 : 0))
                .isInstanceOfSatisfying(InvalidProfile.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void convertsTheMefFormPeakRateAndBurstAddingTheExcess() {
        var profile = BandwidthProfile.mef(20_000, 1_000, 30_000, 2_000, 5_000);

        assertThat(profile).isEqualTo(new BandwidthProfile(20_000, 1_000, 50_000, 3_000, 5_000));
        assertThat(profile.tcontType()).isEqualTo(TcontType.MIXED);
    }

    @Test
    void refusesNegativeMefExcess() {
        assertThatThrownBy(() -> BandwidthProfile.mef(10, 0, -5, 0, 0))
                .isInstanceOfSatisfying(InvalidProfile.class, e -> assertThat(e.field()).isEqualTo("eirKbps"));
        assertThatThrownBy(() -> BandwidthProfile.mef(10, 0, 5, -1, 0))
                .isInstanceOfSatisfying(InvalidProfile.class, e -> assertThat(e.field()).isEqualTo("ebsBytes"));
    }

    @Test
    void namesTheDirectionOfAnInvalidProfileInADemand() {
        var demand = new Demand(BandwidthProfile.of(100, 200), new BandwidthProfile(0, 0, 50, 0, 100));

        assertThatThrownBy(demand::validated)
                .isInstanceOfSatisfying(InvalidProfile.class, e -> assertThat(e.field()).isEqualTo("upstream.pirKbps"));
    }
}
