package org.opencities.testbench.registry.pilot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.TestDatabases;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotChanged;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotQuery;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcPilotsIT {

    private static final Instant AT = Instant.parse("2027-01-20T10:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesPilotsFiltersThemAndGuardsTheirVersion(String name, DataSource dataSource) {
        var pilots = freshPilots(dataSource);
        var helsinki = submit(pilots, "pilot-h", "org-a", List.of("helsinki", "oulu"));
        submit(pilots, "pilot-g", "org-b", List.of("gent"));

        var accepted = pilots.update(helsinki.moveTo(PilotState.ACCEPTED, "admin", "fits", AT).pilot());

        var stored = pilots.find(new PilotId("pilot-h")).orElseThrow();
        assertThat(stored).isEqualTo(accepted);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.cities()).containsExactly("helsinki", "oulu");
        assertThat(stored.requirements().maxLossRatio()).isEqualTo(0.001);
        assertThatThrownBy(() -> pilots.update(helsinki.moveTo(PilotState.WITHDRAWN, "admin", "late", AT).pilot()))
                .isInstanceOf(PilotChanged.class);
        assertThat(pilots.page(PilotQuery.of(PilotState.ACCEPTED, null, Visibility.all()), 0, 10))
                .extracting(Pilot::id).containsExactly(new PilotId("pilot-h"));
        assertThat(pilots.count(PilotQuery.of(null, "gent", Visibility.all()))).isEqualTo(1);
        assertThat(pilots.page(PilotQuery.of(null, null, new Visibility(false, Set.of("oulu"), Set.of())), 0, 10))
                .extracting(Pilot::id).containsExactly(new PilotId("pilot-h"));
        assertThat(pilots.count(PilotQuery.of(null, null, new Visibility(false, Set.of(), Set.of("org-b")))))
                .isEqualTo(1);
        assertThat(pilots.count(PilotQuery.of(null, null, new Visibility(false, Set.of(), Set.of())))).isZero();
        assertThat(pilots.find(new PilotId("pilot-nowhere"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsTheAuditInOrderWithActorAndReason(String name, DataSource dataSource) {
        var pilots = freshPilots(dataSource);
        var submission = Pilot.submit(new PilotId("pilot-a"), "app-citybike", "org-a", List.of("helsinki"), 10,
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), network(), "admin", AT);
        pilots.add(submission.pilot());
        pilots.record(submission.transition());
        pilots.record(submission.pilot().moveTo(PilotState.ACCEPTED, "lab-helsinki", "fits", AT.plusSeconds(60))
                .transition());

        var audit = pilots.transitions(new PilotId("pilot-a"), 0, 10);

        assertThat(pilots.countTransitions(new PilotId("pilot-a"))).isEqualTo(2);
        assertThat(audit.get(0).from()).isNull();
        assertThat(audit.get(1).from()).isEqualTo(PilotState.SUBMITTED);
        assertThat(audit.get(1).to()).isEqualTo(PilotState.ACCEPTED);
        assertThat(audit.get(1).actor()).isEqualTo("lab-helsinki");
        assertThat(audit.get(1).reason()).isEqualTo("fits");
        assertThat(audit.get(1).at()).isEqualTo(AT.plusSeconds(60));
    }

    private static JdbcPilots freshPilots(DataSource dataSource) {
        RegistryModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM registry.pilot_transition").update();
        jdbc.sql("DELETE FROM registry.pilot_city").update();
        jdbc.sql("DELETE FROM registry.pilot").update();
        return new JdbcPilots(jdbc);
    }

    private static Pilot submit(JdbcPilots pilots, String id, String organisation, List<String> cities) {
        var pilot = Pilot.submit(new PilotId(id), "app-" + id, organisation, cities, 10, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network(), "admin", AT).pilot();
        pilots.add(pilot);
        return pilot;
    }

    private static RequiredNetwork network() {
        return new RequiredNetwork(new Bandwidth(20_000, 100_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001);
    }
}
