package org.opencities.testbench.registry.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencities.testbench.registry.pilot.PilotState.ACCEPTED;
import static org.opencities.testbench.registry.pilot.PilotState.ACTIVE;
import static org.opencities.testbench.registry.pilot.PilotState.COMPLETED;
import static org.opencities.testbench.registry.pilot.PilotState.DEGRADED;
import static org.opencities.testbench.registry.pilot.PilotState.FAILED;
import static org.opencities.testbench.registry.pilot.PilotState.PROVISIONING;
import static org.opencities.testbench.registry.pilot.PilotState.SUBMITTED;
import static org.opencities.testbench.registry.pilot.PilotState.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.Conflict;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;

class PilotTests {

    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");

    private static final Map<PilotState, Set<PilotState>> ALLOWED = Map.of(
            SUBMITTED, Set.of(ACCEPTED, WITHDRAWN),
            ACCEPTED, Set.of(PROVISIONING, WITHDRAWN, FAILED),
            PROVISIONING, Set.of(ACTIVE, FAILED, WITHDRAWN),
            ACTIVE, Set.of(DEGRADED, COMPLETED, WITHDRAWN, FAILED),
            DEGRADED, Set.of(ACTIVE, COMPLETED, WITHDRAWN, FAILED),
            COMPLETED, Set.of(),
            WITHDRAWN, Set.of(),
            FAILED, Set.of());

    static Stream<Arguments> allowedPairs() {
        return pairs(true);
    }

    static Stream<Arguments> refusedPairs() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        return Arrays.stream(PilotState.values()).flatMap(from -> Arrays.stream(PilotState.values())
                .filter(to -> ALLOWED.get(from).contains(to) == allowed)
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedPairs")
    void movesAlongAnAllowedTransitionAndAuditsIt(PilotState from, PilotState to) {
        var move = pilotIn(from).moveTo(to, "lab-helsinki", "because", NOW);

        assertThat(move.pilot().state()).isEqualTo(to);
        assertThat(move.pilot().version()).isEqualTo(3);
        assertThat(move.transition()).isEqualTo(new PilotTransition(new PilotId("pilot-7f3a"), from, to,
                "lab-helsinki", "because", NOW));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refusedPairs")
    void refusesATransitionItsStateDoesNotLeadTo(PilotState from, PilotState to) {
        var pilot = pilotIn(from);

        assertThatThrownBy(() -> pilot.moveTo(to, "lab-helsinki", "because", NOW))
                .isInstanceOf(IllegalTransition.class)
                .isInstanceOf(Conflict.class)
                .hasMessageContaining(from.name())
                .hasMessageContaining(to.name())
                .hasMessageContaining(ALLOWED.get(from).isEmpty() ? "no other state" : ALLOWED.get(from).iterator().next().name());
    }

    @Test
    void announcesAcceptanceWithTheWholePlan() {
        var move = pilotIn(SUBMITTED).moveTo(ACCEPTED, "lab-helsinki", "looks good", NOW);

        assertThat(move.events()).singleElement().isInstanceOfSatisfying(PilotAccepted.class, accepted -> {
            assertThat(accepted.type()).isEqualTo("pilot.accepted");
            assertThat(accepted.subject()).isEqualTo("pilot-7f3a");
            assertThat(accepted.cities()).containsExactly("helsinki", "oulu");
            assertThat(accepted.requirements().downstream().maximumKbps()).isEqualTo(100_000);
        });
    }

    @Test
    void announcesWithdrawalWithItsReasonAndCompletion() {
        var withdrawn = pilotIn(ACTIVE).moveTo(WITHDRAWN, "admin", "The SME withdrew", NOW);
        var completed = pilotIn(DEGRADED).moveTo(COMPLETED, "admin", "ended", NOW);

        assertThat(withdrawn.events()).containsExactly(new PilotWithdrawn(
                ((PilotWithdrawn) withdrawn.events().get(0)).eventId(), "pilot-7f3a", "The SME withdrew", NOW));
        assertThat(completed.events()).singleElement().isInstanceOf(PilotCompleted.class);
    }

    @ParameterizedTest
    @MethodSource("networkDrivenStates")
    void announcesNothingWhenTheNetworkMovesThePilot(PilotState from, PilotState to) {
        assertThat(pilotIn(from).moveTo(to, "orchestrator", "service event", NOW).events()).isEmpty();
    }

    static Stream<Arguments> networkDrivenStates() {
        return Stream.of(Arguments.of(ACCEPTED, PROVISIONING), Arguments.of(PROVISIONING, ACTIVE),
                Arguments.of(ACTIVE, DEGRADED), Arguments.of(DEGRADED, ACTIVE), Arguments.of(PROVISIONING, FAILED));
    }

    @Test
    void submitsAPilotAsSubmittedAndAnnouncesIt() {
        var submission = Pilot.submit(new PilotId("pilot-1"), "app-citybike", "org-velo", List.of("helsinki"), 10,
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), network(), "admin", NOW);

        assertThat(submission.pilot().state()).isEqualTo(SUBMITTED);
        assertThat(submission.transition().from()).isNull();
        assertThat(submission.event().submittedAt()).isEqualTo(NOW);
        assertThat(submission.event().callId()).isNull();
    }

    @Test
    void namesTheOpenCallAnAwardedPilotAnswers() {
        var submission = Pilot.submit(new PilotId("pilot-1"), "app-citybike", "org-velo", List.of("helsinki"), 10,
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), network(), "admin", NOW)
                .answering("smart-city-services-2027");

        assertThat(submission.event().callId()).isEqualTo("smart-city-services-2027");
        assertThat(submission.event().pilotId()).isEqualTo("pilot-1");
    }

    @Test
    void refusesAPlanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Pilot.submit(new PilotId("pilot-1"), "app-citybike", "org-velo", List.of("helsinki"),
                10, LocalDate.of(2027, 4, 15), LocalDate.of(2027, 1, 15), network(), "admin", NOW))
                .isInstanceOfSatisfying(InvalidPilotPlan.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void refusesAMaximumRateBelowTheGuaranteedRate() {
        var inverted = new RequiredNetwork(new Bandwidth(20_000, 10_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001);

        assertThatThrownBy(() -> Pilot.submit(new PilotId("pilot-1"), "app-citybike", "org-velo", List.of("helsinki"),
                10, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), inverted, "admin", NOW))
                .isInstanceOfSatisfying(InvalidPilotPlan.class,
                        e -> assertThat(e.field()).isEqualTo("requirements.downstream"));
    }

    @Test
    void namesTheStatesWhenAStateNameIsUnknown() {
        assertThat(PilotState.named("accepted")).isEqualTo(ACCEPTED);
        assertThatThrownBy(() -> PilotState.named("PAUSED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAUSED")
                .hasMessageContaining("SUBMITTED");
    }

    static RequiredNetwork network() {
        return new RequiredNetwork(new Bandwidth(20_000, 100_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001);
    }

    private static Pilot pilotIn(PilotState state) {
        return new Pilot(new PilotId("pilot-7f3a"), "app-citybike", "org-velo", List.of("helsinki", "oulu"), 120,
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), network(), state, 3);
    }
}
