package org.opencities.testbench.registry.call.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.TestDatabases;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.call.CallChanged;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallQuery;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.CallTaken;
import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.AlreadyApplied;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationState;
import org.opencities.testbench.registry.call.jury.Recusal;
import org.opencities.testbench.registry.call.jury.ScoreSheet;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calls, applications and jury sheets on H2 and PostgreSQL; ids are unique per run, so tests share a database. */
class JdbcCallsIT {

    private static final Instant AT = Instant.parse("2027-01-20T10:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsACallWithItsZonesCriteriaCitiesAndJurorsAndGuardsItsVersion(String name, DataSource dataSource) {
        var jdbc = prepared(dataSource);
        var calls = new JdbcOpenCalls(jdbc);
        var call = call(uniqueId("call"), "helsinki", "oulu");
        calls.add(call);

        var opened = calls.update(call.moveTo(CallState.OPEN).withJurors(List.of("lab-helsinki", "juror-helsinki")));

        var stored = calls.find(call.id()).orElseThrow();
        assertThat(stored).isEqualTo(opened);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.closesAt().toString()).isEqualTo("2099-03-10T17:00+01:00[Europe/Brussels]");
        assertThat(stored.description()).hasSize(OpenCall.MAX_DESCRIPTION);
        assertThatThrownBy(() -> calls.update(call.moveTo(CallState.OPEN))).isInstanceOf(CallChanged.class);
        assertThatThrownBy(() -> calls.add(call)).isInstanceOf(CallTaken.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsDraftsOnlyToTheirCitysManagers(String name, DataSource dataSource) {
        var jdbc = prepared(dataSource);
        var calls = new JdbcOpenCalls(jdbc);
        var draft = call(uniqueId("draft"), "helsinki", "oulu");
        var open = call(uniqueId("open"), "helsinki", "gent").moveTo(CallState.OPEN);
        calls.add(draft);
        calls.add(open);

        var anyone = calls.page(new CallQuery(null, "helsinki", Set.of(), false), 0, 1000);
        var manager = calls.page(new CallQuery(null, "helsinki", Set.of("helsinki"), false), 0, 1000);

        assertThat(anyone).extracting(OpenCall::id).contains(open.id()).doesNotContain(draft.id());
        assertThat(manager).extracting(OpenCall::id).contains(open.id(), draft.id());
        assertThat(calls.page(new CallQuery(CallState.OPEN, "gent", Set.of(), false), 0, 1000))
                .extracting(OpenCall::id).contains(open.id()).doesNotContain(draft.id());
        assertThat(calls.count(new CallQuery(CallState.DRAFT, null, Set.of(), true))).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void takesAnAppOncePerCallAndFiltersApplicationsByOrganisation(String name, DataSource dataSource) {
        var jdbc = prepared(dataSource);
        var calls = new JdbcOpenCalls(jdbc);
        var applications = new JdbcApplications(jdbc);
        var call = call(uniqueId("call"), "helsinki", "oulu").moveTo(CallState.OPEN);
        calls.add(call);
        var application = application(call, app(jdbc, "org-a"), "org-a");
        applications.add(application);

        assertThatThrownBy(() -> applications.add(application(call, application.app(), "org-a")))
                .isInstanceOf(AlreadyApplied.class);
        var withdrawn = applications.update(application.withdraw());
        assertThat(applications.find(application.id()).orElseThrow()).isEqualTo(withdrawn);
        assertThat(withdrawn.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(withdrawn.cities()).containsExactly(new CityId("oulu"), new CityId("helsinki"));
        assertThat(applications.count(call.id(), null)).isEqualTo(1);
        assertThat(applications.count(call.id(), Set.of("org-b"))).isZero();
        assertThat(applications.count(call.id(), Set.of())).isZero();
        assertThat(applications.page(call.id(), Set.of("org-a"), 0, 10)).containsExactly(withdrawn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void replacesAJurorsSheetAndDropsItWhenTheJurorDeclaresAConflict(String name, DataSource dataSource) {
        var jdbc = prepared(dataSource);
        var calls = new JdbcOpenCalls(jdbc);
        var applications = new JdbcApplications(jdbc);
        var jury = new JdbcJury(jdbc);
        var call = call(uniqueId("call"), "helsinki", "oulu").moveTo(CallState.OPEN);
        calls.add(call);
        var application = application(call, app(jdbc, "org-a"), "org-a");
        applications.add(application);

        jury.score(new ScoreSheet(application.id(), "j1", List.of(2, 3), "first look", AT));
        jury.score(new ScoreSheet(application.id(), "j1", List.of(9, 8), "second look", AT));
        jury.score(new ScoreSheet(application.id(), "j2", List.of(5, 5), "fine", AT));
        jury.recuse(new Recusal(application.id(), "j2", "advised them", AT));

        assertThat(jury.sheets(call.id())).containsExactly(
                new ScoreSheet(application.id(), "j1", List.of(9, 8), "second look", AT));
        assertThat(jury.isRecused(application.id(), "j2")).isTrue();
        assertThat(jury.recusals(call.id())).extracting(Recusal::juror).containsExactly("j2");
    }

    private static JdbcClient prepared(DataSource dataSource) {
        RegistryModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        for (var city : List.of("helsinki", "oulu", "gent")) {
            jdbc.sql("INSERT INTO registry.city (id, name, country, time_zone, language) VALUES (:id, :id, 'FI', "
                    + "'Europe/Helsinki', 'fi') ON CONFLICT DO NOTHING").param("id", city).update();
        }
        for (var organisation : List.of("org-a", "org-b")) {
            jdbc.sql("""
                    INSERT INTO registry.organisation (id, name, country, vat_id, contact_email, version)
                    VALUES (:id, :id, 'FI', 'FI12345671', 'x@example.org', 0) ON CONFLICT DO NOTHING""")
                    .param("id", organisation).update();
        }
        return jdbc;
    }

    private static AppId app(JdbcClient jdbc, String organisation) {
        var id = AppId.random();
        jdbc.sql("""
                INSERT INTO registry.app (id, organisation_id, name, description, category, platforms, languages,
                    downstream_guaranteed_kbps, downstream_maximum_kbps, upstream_guaranteed_kbps, upstream_maximum_kbps,
                    max_latency_ms, max_jitter_ms, max_loss_ratio, version)
                VALUES (:id, :organisation, 'App', '', 'MOBILITY', 'web', 'en', 1, 2, 1, 2, 30, 5, 0.001, 0)""")
                .param("id", id.toString()).param("organisation", organisation).update();
        return id;
    }

    private static OpenCall call(String id, String... cities) {
        return OpenCall.draft(new CallId(id), new CityId(cities[0]), new OpenCall.Terms("Smart city services",
                "x".repeat(OpenCall.MAX_DESCRIPTION),
                ZonedDateTime.parse("2027-01-10T09:00+02:00[Europe/Helsinki]"),
                ZonedDateTime.parse("2099-03-10T17:00+01:00[Europe/Brussels]"),
                new Eligibility(List.of("FI", "SE"), List.of(AppCategory.MOBILITY, AppCategory.HEALTH), 10, 500),
                List.of(new Criterion("Impact", 3), new Criterion("Feasibility", 1)), 2,
                Stream.of(cities).map(city -> new CityCapacity(new CityId(city), 1, 50_000, 10_000)).toList()));
    }

    private static Application application(OpenCall call, AppId app, String organisation) {
        return new Application(ApplicationId.random(), call.id(), app, new OrganisationId(organisation),
                List.of(new CityId("oulu"), new CityId("helsinki")), 50, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 8, 1),
                ApplicationState.SUBMITTED, "sme-a", AT, null, 0);
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
