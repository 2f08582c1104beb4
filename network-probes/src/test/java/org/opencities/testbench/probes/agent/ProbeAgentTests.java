package org.opencities.testbench.probes.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProbeAgentTests {

    private static final AgentId ID = new AgentId("oulu-olt-1");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void startsWithoutAHeartbeat() {
        var agent = ProbeAgent.registered(ID, "oulu-pon-1", "192.0.2.10:862", "1.0.0", NOW);

        assertThat(agent.registeredAt()).isEqualTo(NOW);
        assertThat(agent.lastHeartbeat()).isNull();
    }

    @Test
    void refusesAnAddressWithoutAPort() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProbeAgent.registered(ID, "oulu-pon-1", "192.0.2.10", "1.0.0", NOW))
                .withMessageContaining("host:port");
    }

    @Test
    void refusesABlankOrOverlongSegment() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProbeAgent.registered(ID, " ", "192.0.2.10:862", "1.0.0", NOW))
                .withMessageContaining("segment");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProbeAgent.registered(ID, "s".repeat(81), "192.0.2.10:862", "1.0.0", NOW))
                .withMessageContaining("1 to 80");
    }

    @Test
    void refusesABlankVersion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProbeAgent.registered(ID, "oulu-pon-1", "192.0.2.10:862", "", NOW))
                .withMessageContaining("version");
    }
}
