package org.opencities.testbench.orchestrator.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/** The admission rule of SPECS section 1 with its numbers, and placement with deterministic ties. */
class AdmissionControlTests {

    @Test
    void refusesGuaranteedRateBeyondTheHeadroomWithTheNumbers() {
        var segment = gpon("seg-a").with(demand(2_000_000, 2_000_000, 1_000, 1_000));

        var decision = AdmissionControl.decide(segment, demand(100_000, 100_000, 1_000, 1_000));

        assertThat(decision.admitted()).isFalse();
        assertThat(decision.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.segment().value()).isEqualTo("seg-a");
            assertThat(refusal.direction()).isEqualTo(Direction.DOWNSTREAM);
            assertThat(refusal.rate()).isEqualTo(Refusal.Rate.GUARANTEED);
            assertThat(refusal.committedKbps()).isEqualTo(2_000_000);
            assertThat(refusal.requestedKbps()).isEqualTo(100_000);
            assertThat(refusal.limitKbps()).isEqualTo(2_070_000);
            assertThat(refusal.reason()).contains("downstream", "2,000,000", "100,000", "2,070,000", "headroom");
        });
    }

    @Test
    void refusesMaximumRatesBeyondOverbookingInEachDirection() {
        var segment = gpon("seg-a");

        var decision = AdmissionControl.decide(segment, demand(0, 4_600_001, 0, 2_200_001));

        assertThat(decision.refusals()).extracting(r -> r.direction() + " " + r.rate() + " " + r.limitKbps())
                .containsExactly("DOWNSTREAM MAXIMUM 4600000", "UPSTREAM MAXIMUM 2200000");
    }

    @Test
    void admitsExactlyUpToEachLimit() {
        var segment = gpon("seg-a");

        assertThat(AdmissionControl.decide(segment, demand(2_070_000, 4_600_000, 990_000, 2_200_000)).admitted()).isTrue();
    }

    @Test
    void computesLimitsInDecimalsAsAPersonWould() {
        var segment = new SegmentCapacity(new SegmentId("seg-a"), "lab", SegmentStatus.IN_SERVICE, 1_000, 1_000, 0.3, 1.1,
                Load.NONE, Load.NONE);

        assertThat(segment.guaranteedLimitKbps(Direction.DOWNSTREAM)).isEqualTo(700);
        assertThat(segment.maximumLimitKbps(Direction.UPSTREAM)).isEqualTo(1_100);
        assertThat(AdmissionControl.decide(segment, demand(700, 1_100, 700, 1_100)).admitted()).isTrue();
    }

    @Test
    void refusesEverythingOnASegmentOutOfService() {
        var segment = new SegmentCapacity(new SegmentId("seg-a"), "lab", SegmentStatus.DEGRADED, 2_300_000, 1_100_000, 0.1, 2,
                Load.NONE, Load.NONE);

        var decision = AdmissionControl.decide(segment, demand(1, 1, 1, 1));

        assertThat(decision.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.rate()).isEqualTo(Refusal.Rate.NONE);
            assertThat(refusal.reason()).contains("degraded");
        });
    }

    @Test
    void placesOnTheMostGuaranteedHeadroomAndBreaksTiesByTheLowerId() {
        var busy = gpon("seg-a").with(demand(500_000, 500_000, 1_000, 1_000));
        var tiedLater = gpon("seg-c");
        var tiedFirst = gpon("seg-b");

        var placed = AdmissionControl.place(List.of(busy, tiedLater, tiedFirst), demand(1_000, 1_000, 1_000, 1_000));
        var ranked = AdmissionControl.rank(List.of(busy, tiedLater, tiedFirst), demand(1_000, 1_000, 1_000, 1_000));

        assertThat(placed).get().extracting(d -> d.segment().segment().value()).isEqualTo("seg-b");
        assertThat(ranked).extracting(d -> d.segment().segment().value()).containsExactly("seg-b", "seg-c", "seg-a");
    }

    @Test
    void ranksRefusedSegmentsAfterAdmittedOnesByIdAndPlacesNothingWhenAllRefuse() {
        var full = gpon("seg-a").with(demand(2_070_000, 2_070_000, 1_000, 1_000));
        var fuller = gpon("seg-0").with(demand(2_070_000, 2_070_000, 1_000, 1_000));

        assertThat(AdmissionControl.place(List.of(full, fuller), demand(1, 1, 1, 1))).isEmpty();
        assertThat(AdmissionControl.rank(List.of(full, gpon("seg-z"), fuller), demand(1, 1, 1, 1)))
                .extracting(d -> d.segment().segment().value() + " " + d.admitted())
                .containsExactly("seg-z true", "seg-0 false", "seg-a false");
    }

    @Test
    void namesTheDirectionOfAnInvalidDemand() {
        var invalid = new Demand(new BandwidthProfile(500, 0, 400, 0, 0), BandwidthProfile.of(1, 1));

        assertThatThrownBy(() -> AdmissionControl.decide(gpon("seg-a"), invalid))
                .isInstanceOfSatisfying(InvalidProfile.class, e -> assertThat(e.field()).isEqualTo("downstream.pirKbps"));
    }

    @Test
    void listsWhatIsOverCommittedAfterLimitsWereLowered() {
        var lowered = new SegmentCapacity(new SegmentId("seg-a"), "lab", SegmentStatus.IN_SERVICE, 1_000, 1_000, 0.5, 1,
                new Load(600, 900), new Load(100, 1_200));

        assertThat(lowered.overCommitted()).extracting(r -> r.direction() + " " + r.rate() + " " + r.committedKbps() + ">" + r.limitKbps())
                .containsExactly("DOWNSTREAM GUARANTEED 600>500", "UPSTREAM MAXIMUM 1200>1000");
    }

    static SegmentCapacity gpon(String id) {
        return new SegmentCapacity(new SegmentId(id), "lab", SegmentStatus.IN_SERVICE, 2_300_000, 1_100_000, 0.1, 2,
                Load.NONE, Load.NONE);
    }

    static Demand demand(long downGuaranteed, long downMaximum, long upGuaranteed, long upMaximum) {
        return new Demand(BandwidthProfile.of(downGuaranteed, downMaximum), BandwidthProfile.of(upGuaranteed, upMaximum));
    }
}
