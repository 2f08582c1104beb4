package org.opencities.testbench.registry.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;

class InvitationBatchTests {

    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");

    @Test
    void issuesDistinctTokensOfAtLeast128BitsStoredAsHashes() {
        var issued = InvitationBatch.issue(pilot(PilotState.ACTIVE), 50, NOW.plus(Duration.ofDays(30)), "ca", "lab", NOW);

        assertThat(issued.tokens()).hasSize(50).doesNotHaveDuplicates();
        assertThat(issued.tokens()).allSatisfy(token -> {
            assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(token.hash()).hasSize(64).isNotEqualTo(token.value());
            assertThat(token.toString()).doesNotContain(token.value());
        });
        assertThat(issued.batch().size()).isEqualTo(50);
    }

    @ParameterizedTest
    @EnumSource(value = PilotState.class, names = {"SUBMITTED", "COMPLETED", "WITHDRAWN", "FAILED"})
    void refusesInvitationsForAPilotThatTakesNoTesters(PilotState state) {
        assertThatThrownBy(() -> InvitationBatch.issue(pilot(state), 1, NOW.plus(Duration.ofDays(1)), "en", "lab", NOW))
                .isInstanceOf(PilotNotRecruiting.class)
                .hasMessageContaining(state.name());
    }

    @Test
    void refusesAnExpiryMoreThanAYearAhead() {
        assertThatThrownBy(() -> InvitationBatch.issue(pilot(PilotState.ACCEPTED), 1,
                Instant.parse("2028-01-20T10:00:01Z"), "en", "lab", NOW))
                .isInstanceOf(InvalidInvitationBatch.class)
                .hasMessageContaining("2028-01-20T10:00:00Z");
        assertThat(InvitationBatch.issue(pilot(PilotState.ACCEPTED), 1, Instant.parse("2028-01-20T10:00:00Z"), "en",
                "lab", NOW).batch().expiresAt()).isEqualTo(Instant.parse("2028-01-20T10:00:00Z"));
    }

    @Test
    void tellsAUsedLinkFromAnExpiredOrRevokedOne() {
        var batch = InvitationBatch.issue(pilot(PilotState.ACTIVE), 1, NOW.plus(Duration.ofDays(1)), "en", "lab", NOW)
                .batch();

        assertThatThrownBy(() -> new Invitation("h", batch, NOW).requireUsable(NOW)).isInstanceOf(InvitationUsed.class);
        assertThatThrownBy(() -> new Invitation("h", batch, null).requireUsable(NOW.plus(Duration.ofDays(2))))
                .isInstanceOf(InvitationExpired.class)
                .hasMessageContaining(batch.expiresAt().toString());
        assertThatThrownBy(() -> new Invitation("h", batch.revoke(NOW), null).requireUsable(NOW))
                .isInstanceOf(InvitationExpired.class)
                .hasMessageContaining("withdrew");
        new Invitation("h", batch, null).requireUsable(NOW);
    }

    private static Pilot pilot(PilotState state) {
        return new Pilot(new PilotId("pilot-test"), "app-citybike", "org-a", List.of("oulu"), 10,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                new RequiredNetwork(new Bandwidth(1_000, 10_000), new Bandwidth(500, 5_000), 30, 5, 0.01), state, 0);
    }
}
