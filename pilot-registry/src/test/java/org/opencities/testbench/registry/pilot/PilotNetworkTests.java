package org.opencities.testbench.registry.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencities.testbench.registry.pilot.NetworkServiceState.ACTIVE;
import static org.opencities.testbench.registry.pilot.NetworkServiceState.FAILED;
import static org.opencities.testbench.registry.pilot.NetworkServiceState.RESERVED;
import static org.opencities.testbench.registry.pilot.NetworkServiceState.TERMINATED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PilotNetworkTests {

    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");

    @Test
    void anAcceptedPilotWithAReservedServiceIsProvisioning() {
        var step = PilotNetwork.nextStep(pilotIn(PilotState.ACCEPTED), List.of(service("svc-helsinki", RESERVED)));

        assertThat(step).map(PilotNetwork.Step::target).contains(PilotState.PROVISIONING);
    }

    @Test
    void staysProvisioningUntilEveryCityHasAnActiveService() {
        var pilot = pilotIn(PilotState.PROVISIONING);

        assertThat(PilotNetwork.nextStep(pilot, List.of(service("svc-helsinki", ACTIVE), service("svc-oulu", RESERVED))))
                .isEmpty();
        assertThat(PilotNetwork.nextStep(pilot, List.of(service("svc-helsinki", ACTIVE), service("svc-oulu", ACTIVE))))
                .map(PilotNetwork.Step::target).contains(PilotState.ACTIVE);
    }

    @Test
    void anOpenAlarmDegradesAnActivePilotAndClearingItRestoresIt() {
        var alarmed = List.of(service("svc-helsinki", ACTIVE, "alarm-1"), service("svc-oulu", ACTIVE));
        var cleared = List.of(service("svc-helsinki", ACTIVE), service("svc-oulu", ACTIVE));

        var degrade = PilotNetwork.nextStep(pilotIn(PilotState.ACTIVE), alarmed).orElseThrow();
        var restore = PilotNetwork.nextStep(pilotIn(PilotState.DEGRADED), cleared).orElseThrow();

        assertThat(degrade.target()).isEqualTo(PilotState.DEGRADED);
        assertThat(degrade.reason()).contains("alarm-1", "svc-helsinki");
        assertThat(restore.target()).isEqualTo(PilotState.ACTIVE);
        assertThat(PilotNetwork.nextStep(pilotIn(PilotState.DEGRADED), alarmed)).isEmpty();
    }

    @Test
    void aFailedServiceFailsThePilotWhereverItCanStillFail() {
        var services = List.of(service("svc-helsinki", ACTIVE), service("svc-oulu", FAILED));

        for (var state : List.of(PilotState.ACCEPTED, PilotState.PROVISIONING, PilotState.ACTIVE, PilotState.DEGRADED)) {
            assertThat(PilotNetwork.nextStep(pilotIn(state), services)).as(state.name())
                    .map(PilotNetwork.Step::target).contains(PilotState.FAILED);
        }
        assertThat(PilotNetwork.nextStep(pilotIn(PilotState.COMPLETED), services)).isEmpty();
    }

    @Test
    void aServiceTerminatedUnderARunningPilotFailsItButNotAnEndedOne() {
        var services = List.of(service("svc-helsinki", TERMINATED), service("svc-oulu", ACTIVE));

        assertThat(PilotNetwork.nextStep(pilotIn(PilotState.ACTIVE), services).orElseThrow().reason())
                .contains("svc-helsinki", "terminated");
        assertThat(PilotNetwork.nextStep(pilotIn(PilotState.WITHDRAWN), services)).isEmpty();
        assertThat(PilotNetwork.nextStep(pilotIn(PilotState.COMPLETED), services)).isEmpty();
    }

    private static NetworkService service(String id, NetworkServiceState state, String... alarms) {
        return new NetworkService(id, new PilotId("pilot-7f3a"), id.replace("svc-", "") + "-co1-olt1-pon1", state,
                Set.of(alarms), NOW);
    }

    private static Pilot pilotIn(PilotState state) {
        return new Pilot(new PilotId("pilot-7f3a"), "app-citybike", "org-velo", List.of("helsinki", "oulu"), 120,
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), PilotTests.network(), state, 3);
    }
}
