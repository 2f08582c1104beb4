package org.opencities.testbench.orchestrator.quality.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.orchestrator.TestDatabases;
import org.opencities.testbench.orchestrator.quality.OperatingStatus;
import org.opencities.testbench.orchestrator.quality.ServiceQuality;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcServiceQualitiesIT {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsOneQualityPerServiceReplacedByTheLatest(String name, DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM orchestrator.service_quality").update();
        var qualities = new JdbcServiceQualities(jdbc);
        var since = Instant.parse("2027-01-20T10:10:00.123456Z");
        var degraded = new ServiceQuality("svc-1", OperatingStatus.DEGRADED, "alarm-1", "rttP95Ms", "42.5", "30", since);
        var normal = new ServiceQuality("svc-1", OperatingStatus.NORMAL, "alarm-1", null, null, null, since.plusSeconds(900));

        qualities.save(degraded);
        assertThat(qualities.find("svc-1")).hasValue(degraded);
        qualities.save(normal);
        qualities.save(new ServiceQuality("svc-2", OperatingStatus.DEGRADED, "alarm-2", "jitterMs", "9", "5", since));

        assertThat(qualities.find("svc-1")).hasValue(normal);
        assertThat(qualities.of(List.of("svc-1", "svc-2", "svc-3"))).containsOnlyKeys("svc-1", "svc-2");
        assertThat(qualities.of(List.of())).isEmpty();
    }
}
