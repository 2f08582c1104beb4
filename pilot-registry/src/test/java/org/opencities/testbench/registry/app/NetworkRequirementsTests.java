package org.opencities.testbench.registry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class NetworkRequirementsTests {

    @Test
    void servesEqualGuaranteedAndMaximumAsAssured() {
        assertThat(Bandwidth.downstream(10_000, 10_000).tcontType()).isEqualTo(TcontType.ASSURED);
        assertThat(TcontType.ASSURED.number()).isEqualTo(2);
    }

    @Test
    void servesAGuaranteedRateBelowTheMaximumAsAssuredAndNonAssured() {
        assertThat(Bandwidth.upstream(5_000, 20_000).tcontType()).isEqualTo(TcontType.ASSURED_AND_NON_ASSURED);
    }

    @Test
    void servesNothingGuaranteedAsBestEffort() {
        assertThat(Bandwidth.downstream(0, 100_000).tcontType()).isEqualTo(TcontType.BEST_EFFORT);
    }

    @Test
    void refusesAGuaranteedRateAboveTheMaximumNamingFieldAndNumbers() {
        assertThatThrownBy(() -> Bandwidth.downstream(200_000, 100_000))
                .isInstanceOfSatisfying(ImpossibleNetworkProfile.class,
                        e -> assertThat(e.field()).isEqualTo("downstream.guaranteedKbps"))
                .hasMessageContaining("200000").hasMessageContaining("100000");
    }

    @Test
    void refusesAZeroMaximum() {
        assertThatThrownBy(() -> Bandwidth.upstream(0, 0))
                .isInstanceOfSatisfying(ImpossibleNetworkProfile.class,
                        e -> assertThat(e.field()).isEqualTo("upstream.maximumKbps"));
    }

    @Test
    void refusesANegativeGuaranteedRate() {
        assertThatThrownBy(() -> Bandwidth.upstream(-1, 10))
                .isInstanceOfSatisfying(ImpossibleNetworkProfile.class,
                        e -> assertThat(e.field()).isEqualTo("upstream.guaranteedKbps"));
    }

    @Test
    void refusesALossRatioOutsideZeroToOne() {
        assertThatThrownBy(() -> requirements(1.5))
                .isInstanceOfSatisfying(ImpossibleNetworkProfile.class, e -> assertThat(e.field()).isEqualTo("maxLossRatio"))
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> requirements(Double.NaN)).isInstanceOf(ImpossibleNetworkProfile.class);
    }

    @Test
    void refusesANegativeJitterBound() {
        assertThatThrownBy(() -> new NetworkRequirements(Bandwidth.downstream(0, 1), Bandwidth.upstream(0, 1), 30, -1, 0))
                .isInstanceOfSatisfying(ImpossibleNetworkProfile.class, e -> assertThat(e.field()).isEqualTo("maxJitterMs"));
    }

    @Property
    void anyAcceptedProfileGuaranteesNoMoreThanItsMaximum(@ForAll @LongRange(min = -5, max = 50_000) long downGuaranteed,
            @ForAll @LongRange(min = -5, max = 50_000) long downMaximum,
            @ForAll @LongRange(min = -5, max = 50_000) long upGuaranteed,
            @ForAll @LongRange(min = -5, max = 50_000) long upMaximum,
            @ForAll @IntRange(min = -1, max = 500) int latency, @ForAll @IntRange(min = -1, max = 100) int jitter,
            @ForAll @DoubleRange(min = -0.5, max = 1.5) double loss) {
        NetworkRequirements accepted;
        try {
            accepted = new NetworkRequirements(Bandwidth.downstream(downGuaranteed, downMaximum),
                    Bandwidth.upstream(upGuaranteed, upMaximum), latency, jitter, loss);
        } catch (ImpossibleNetworkProfile refused) {
            assertThat(refused.field()).isNotBlank();
            return;
        }
        assertThat(accepted.downstream().guaranteedKbps()).isBetween(0L, accepted.downstream().maximumKbps());
        assertThat(accepted.upstream().guaranteedKbps()).isBetween(0L, accepted.upstream().maximumKbps());
        assertThat(accepted.maxLossRatio()).isBetween(0.0, 1.0);
    }

    private static NetworkRequirements requirements(double loss) {
        return new NetworkRequirements(Bandwidth.downstream(20_000, 100_000), Bandwidth.upstream(5_000, 20_000), 30, 5, loss);
    }
}
