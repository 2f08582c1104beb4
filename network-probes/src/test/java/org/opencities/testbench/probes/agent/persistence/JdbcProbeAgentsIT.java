package org.opencities.testbench.probes.agent.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.agent.AgentId;
import org.opencities.testbench.probes.agent.ProbeAgent;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProbeAgentsIT {

    private static final Instant REGISTERED = Instant.parse("2026-11-23T10:00:00.123456Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void registersOnceThenUpdatesKeepingTheRegistrationTime(String name, DataSource dataSource) {
        var agents = emptyAgents(dataSource);

        boolean first = agents.register(agent("oulu-olt-1", "oulu-pon-1", "192.0.2.10:862", "1.0.0", REGISTERED));
        boolean again = agents.register(agent("oulu-olt-1", "oulu-pon-2", "[2001:db8::10]:862", "2.0.0",
                REGISTERED.plusSeconds(3600)));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        var stored = agents.find(new AgentId("oulu-olt-1")).orElseThrow();
        assertThat(stored.segment()).isEqualTo("oulu-pon-2");
        assertThat(stored.address()).isEqualTo("[2001:db8::10]:862");
        assertThat(stored.version()).isEqualTo("2.0.0");
        assertThat(stored.registeredAt()).isEqualTo(REGISTERED);
        assertThat(stored.lastHeartbeat()).isNull();
        assertThat(agents.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void recordsHeartbeatsToTheMicrosecondOnlyForRegisteredAgents(String name, DataSource dataSource) {
        var agents = emptyAgents(dataSource);
        agents.register(agent("gent-olt-1", "gent-pon-1", "probe-1.gent.example:5201", "1.0.0", REGISTERED));

        boolean known = agents.heartbeat(new AgentId("gent-olt-1"), Instant.parse("2026-11-23T10:05:00.123456789Z"));
        boolean unknown = agents.heartbeat(new AgentId("nowhere"), REGISTERED);

        assertThat(known).isTrue();
        assertThat(unknown).isFalse();
        assertThat(agents.find(new AgentId("gent-olt-1")).orElseThrow().lastHeartbeat())
                .isEqualTo(Instant.parse("2026-11-23T10:05:00.123456Z"));
        assertThat(agents.find(new AgentId("nowhere"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesAgentsById(String name, DataSource dataSource) {
        var agents = emptyAgents(dataSource);
        for (String id : new String[] {"rome-olt-1", "berlin-olt-1", "oulu-olt-1", "gent-olt-1"}) {
            agents.register(agent(id, "pon-1", "192.0.2.10:862", "1.0.0", REGISTERED));
        }

        assertThat(agents.count()).isEqualTo(4);
        assertThat(agents.page(1, 2)).extracting(agent -> agent.id().value())
                .containsExactly("gent-olt-1", "oulu-olt-1");
        assertThat(agents.page(3, 10)).extracting(agent -> agent.id().value()).containsExactly("rome-olt-1");
    }

    private static JdbcProbeAgents emptyAgents(DataSource dataSource) {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM probes.probe_agent").update();
        return new JdbcProbeAgents(jdbc);
    }

    private static ProbeAgent agent(String id, String segment, String address, String version, Instant at) {
        return ProbeAgent.registered(new AgentId(id), segment, address, version, at);
    }
}
