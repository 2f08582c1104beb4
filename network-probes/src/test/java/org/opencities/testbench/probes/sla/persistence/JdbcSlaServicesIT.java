package org.opencities.testbench.probes.sla.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.sla.AcceptanceCriteria;
import org.opencities.testbench.probes.sla.Indicator;
import org.opencities.testbench.probes.sla.RaisedAlarm;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSlaServicesIT {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void watchesAnActiveServiceWithItsPilotsLatestCriteriaUntilTerminated(String name, DataSource dataSource) {
        var sla = empty(dataSource);

        sla.activated("svc-1", "pilot-1", "seg-1");
        assertThat(sla.watched("svc-1")).as("no criteria yet").isEmpty();
        sla.criteria("pilot-1", new AcceptanceCriteria(30.0, null, 0.001));
        sla.criteria("pilot-1", new AcceptanceCriteria(25.0, 4.0, null));
        sla.activated("svc-1", "pilot-1", "seg-2");

        var watched = sla.watched("svc-1").orElseThrow();
        assertThat(watched.segmentId()).isEqualTo("seg-2");
        assertThat(watched.criteria()).isEqualTo(new AcceptanceCriteria(25.0, 4.0, null));

        sla.terminated("svc-1");
        assertThat(sla.watched("svc-1")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsOneRaisedAlarmPerService(String name, DataSource dataSource) {
        var sla = empty(dataSource);
        var raisedAt = Instant.parse("2027-01-20T10:10:00.123456Z");

        boolean first = sla.raise(new RaisedAlarm("svc-1", "alarm-1", "seg-1", Indicator.RTT_P95, 42.5, 30.0, raisedAt));
        boolean second = sla.raise(new RaisedAlarm("svc-1", "alarm-2", "seg-1", Indicator.JITTER, 9.0, 5.0, raisedAt));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(sla.raisedAlarm("svc-1")).hasValue(
                new RaisedAlarm("svc-1", "alarm-1", "seg-1", Indicator.RTT_P95, 42.5, 30.0, raisedAt));
        assertThat(sla.clear("svc-1")).isTrue();
        assertThat(sla.clear("svc-1")).isFalse();
        assertThat(sla.raisedAlarm("svc-1")).isEmpty();
    }

    private static JdbcSlaServices empty(DataSource dataSource) {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        for (String table : new String[] {"sla_alarm", "sla_service", "sla_criteria"}) {
            jdbc.sql("DELETE FROM probes." + table).update();
        }
        return new JdbcSlaServices(jdbc);
    }
}
