package org.opencities.testbench.orchestrator.serviceinventory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.orchestrator.TestDatabases;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JDBC service inventory on H2 in PostgreSQL mode and on a real PostgreSQL 14. */
class JdbcServicesIT {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savesAndReplacesAServiceWithItsProfile(String name, DataSource database) {
        var services = new JdbcServices(JdbcClient.create(database));
        var reserved = service("pilot-" + UUID.randomUUID(), ServiceState.RESERVED);

        services.save(reserved);
        var active = new Service(reserved.id(), reserved.orderId(), reserved.itemId(), reserved.pilotId(), reserved.city(),
                reserved.segment(), ServiceState.ACTIVE, reserved.demand(), Instant.parse("2027-01-20T10:00:00Z"), null);
        services.save(active);

        assertThat(services.find(reserved.id())).contains(active);
        assertThat(services.find("nope")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesByStateAndPilot(String name, DataSource database) {
        var services = new JdbcServices(JdbcClient.create(database));
        String pilot = "pilot-" + UUID.randomUUID();
        services.save(service(pilot, ServiceState.ACTIVE));
        services.save(service(pilot, ServiceState.ACTIVE));
        services.save(service(pilot, ServiceState.TERMINATED));
        var nothingYet = new Service("svc-" + UUID.randomUUID(), null, null, pilot, "oulu", null, ServiceState.DESIGNED,
                null, null, null);
        services.save(nothingYet);

        assertThat(services.count(Optional.empty(), Optional.of(pilot))).isEqualTo(4);
        assertThat(services.count(Optional.of(ServiceState.ACTIVE), Optional.of(pilot))).isEqualTo(2);
        assertThat(services.page(Optional.of(ServiceState.ACTIVE), Optional.of(pilot), 1, 10)).hasSize(1);
        assertThat(services.find(nothingYet.id())).contains(nothingYet);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void countsEveryStateInOneQuery(String name, DataSource database) {
        var services = new JdbcServices(JdbcClient.create(database));
        var before = services.countByState();
        String pilot = "pilot-" + UUID.randomUUID();
        services.save(service(pilot, ServiceState.ACTIVE));
        services.save(service(pilot, ServiceState.ACTIVE));
        services.save(service(pilot, ServiceState.TERMINATED));

        var after = services.countByState();

        assertThat(after).containsOnlyKeys(ServiceState.values());
        assertThat(after.get(ServiceState.ACTIVE)).isEqualTo(before.get(ServiceState.ACTIVE) + 2);
        assertThat(after.get(ServiceState.TERMINATED)).isEqualTo(before.get(ServiceState.TERMINATED) + 1);
        assertThat(after.get(ServiceState.RESERVED)).isEqualTo(before.get(ServiceState.RESERVED));
    }

    private static Service service(String pilot, ServiceState state) {
        var demand = new Demand(new BandwidthProfile(20_000, 1_000, 100_000, 2_000, 0), BandwidthProfile.of(5_000, 20_000));
        return new Service("svc-" + UUID.randomUUID(), "order-1", "1", pilot, "helsinki",
                new SegmentId("helsinki-co1-olt1-pon1"), state, demand, null, null);
    }
}
