package org.opencities.testbench.orchestrator.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every field of a segment is checked, and a bad segment names every field at fault at once. */
class SegmentTests {

    @Test
    void acceptsASegmentWithinItsTechnologysLimits() {
        var segment = new Segment(new SegmentId("oulu-co1-olt1-pon1"), "oulu", "oulu-co1", "oulu-co1-olt1", "1/1/1",
                Technology.XGS_PON, 256, 256, SegmentStatus.MAINTENANCE, 9_953_280, 9_953_280, 0, 20,
                new ProbeEndpoint("2001:db8::1", 862));

        assertThat(segment.probe()).hasToString("[2001:db8::1]:862");
    }

    @Test
    void namesEveryFieldAtFault() {
        assertThatThrownBy(() -> new Segment(new SegmentId("seg-a"), "Oulu!", " ", "olt", "1/1/1", Technology.GPON, 48, 60,
                SegmentStatus.IN_SERVICE, 2_500_000, 0, 1.0, 0.5, null))
                .isInstanceOfSatisfying(InvalidSegment.class, e -> assertThat(e.violations())
                        .extracting(Segment.Violation::field)
                        .containsExactly("city", "centralOffice", "splitRatio", "usableDownKbps", "usableUpKbps", "ontCount",
                                "headroom", "overbooking"));
    }

    @Test
    void refusesMoreOntsThanTheSplitAndSplitsBeyondTheTechnology() {
        assertThatThrownBy(() -> Segment.of(new SegmentId("seg-a"), "oulu", "co", "olt", "1", Technology.GPON, 64, 65, 0.1, 2))
                .isInstanceOfSatisfying(InvalidSegment.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.reason()).contains("split ratio 64", "65")));
        assertThatThrownBy(() -> Segment.of(new SegmentId("seg-a"), "oulu", "co", "olt", "1", Technology.GPON, 256, 1, 0.1, 2))
                .isInstanceOfSatisfying(InvalidSegment.class, e -> assertThat(e.field()).isEqualTo("splitRatio"));
    }

    @Test
    void refusesFactorsWithMoreDecimalsThanStored() {
        assertThatThrownBy(() -> Segment.of(new SegmentId("seg-a"), "oulu", "co", "olt", "1", Technology.GPON, 64, 1, 0.12345, 2))
                .isInstanceOfSatisfying(InvalidSegment.class, e -> assertThat(e.field()).isEqualTo("headroom"));
    }

    @Test
    void changesTheTagWithAnyField() {
        var segment = Segment.of(new SegmentId("seg-a"), "oulu", "co", "olt", "1", Technology.GPON, 64, 1, 0.1, 2);

        assertThat(segment.tag()).isEqualTo(Segment.of(new SegmentId("seg-a"), "oulu", "co", "olt", "1", Technology.GPON, 64, 1, 0.1, 2).tag());
        assertThat(segment.reconfigured(SegmentStatus.DEGRADED, 0.1, 2, 2_300_000, 1_100_000).tag()).isNotEqualTo(segment.tag());
    }

    @Test
    void refusesProbeEndpointsThatAreNoAddress() {
        assertThatThrownBy(() -> new ProbeEndpoint("bad host", 80)).hasMessageContaining("probe host");
        assertThatThrownBy(() -> new ProbeEndpoint("probe.example", 70_000)).hasMessageContaining("65535");
    }
}
