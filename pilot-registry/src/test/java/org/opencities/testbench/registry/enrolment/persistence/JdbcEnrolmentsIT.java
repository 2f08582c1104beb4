package org.opencities.testbench.registry.enrolment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.TestDatabases;
import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.consent.ConsentText;
import org.opencities.testbench.registry.consent.ConsentTexts;
import org.opencities.testbench.registry.consent.ConsentVersionTaken;
import org.opencities.testbench.registry.consent.Languages;
import org.opencities.testbench.registry.enrolment.Device;
import org.opencities.testbench.registry.enrolment.Enrolment;
import org.opencities.testbench.registry.enrolment.EnrolmentAlreadyWithdrawn;
import org.opencities.testbench.registry.enrolment.EnrolmentForm;
import org.opencities.testbench.registry.enrolment.EnrolmentState;
import org.opencities.testbench.registry.enrolment.Enrolments;
import org.opencities.testbench.registry.enrolment.Enrolments.CityCount;
import org.opencities.testbench.registry.enrolment.GivenConsent;
import org.opencities.testbench.registry.enrolment.Platform;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.opencities.testbench.registry.invitation.InvitationBatch;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consent texts, invitations and enrolments stored on H2 and on a real PostgreSQL, through the
 * registry's own migrations. Leaves the shared PostgreSQL as it found it, since other tests empty
 * the pilot table that these rows refer to.
 */
class JdbcEnrolmentsIT {

    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");
    private static final PilotId PILOT = new PilotId("pilot-enrolment-store");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAnEnrolmentFromASingleUseInvitationAndErasesTheTestersTraces(String name, DataSource dataSource) {
        try (var repositories = repositories(dataSource)) {
            var invitations = repositories.getBean(Invitations.class);
            var enrolments = repositories.getBean(Enrolments.class);
            var consents = repositories.getBean(ConsentTexts.class);
            var pilot = pilot();
            var issued = InvitationBatch.issue(pilot, 3, NOW.plus(Duration.ofDays(10)), "fi", "lab-oulu", NOW);
            invitations.add(issued.batch(), issued.tokens().stream().map(SecretToken::hash).toList(), "key-1");
            String first = issued.tokens().get(0).hash();

            assertThat(invitations.markUsed(first, NOW)).isTrue();
            assertThat(invitations.markUsed(first, NOW)).as("a used invitation stays used").isFalse();
            assertThat(invitations.findByToken(first).orElseThrow().usedAt()).isEqualTo(NOW);
            assertThat(invitations.summary(issued.batch().id(), NOW).orElseThrow())
                    .satisfies(summary -> assertThat(List.of(summary.used(), summary.unused(), summary.expired()))
                            .containsExactly(1L, 2L, 0L));
            assertThat(invitations.summary(issued.batch().id(), NOW.plus(Duration.ofDays(11))).orElseThrow().expired())
                    .isEqualTo(2);
            assertThat(invitations.findByIdempotencyKey("lab-oulu", "key-1")).contains(issued.batch());

            var tester = TesterId.next();
            var enrolment = Enrolment.enrol(pilot, tester, new EnrolmentForm("fi", "oulu", Device.TABLET, Platform.IOS,
                    Optional.of("ALCL0000abcd"), List.of(new GivenConsent(ConsentPurpose.PARTICIPATION, 1),
                            new GivenConsent(ConsentPurpose.CONTACT, 1)), Optional.of("t@example.org")),
                    consents.current(), NOW);
            var token = SecretToken.generate();
            enrolments.add(enrolment, token.hash(), Optional.of("t@example.org"), first);

            assertThat(enrolments.findByTesterToken(token.hash())).contains(enrolment);
            assertThat(enrolments.countsPerCity(PILOT)).containsExactly(new CityCount("oulu", 1, 0));
            enrolments.withdraw(enrolment.withdraw(NOW.plusSeconds(60)));
            assertThatThrownBy(() -> enrolments.withdraw(enrolment.withdraw(NOW.plusSeconds(90))))
                    .isInstanceOf(EnrolmentAlreadyWithdrawn.class);
            assertThat(enrolments.page(PILOT, "oulu", 0, 10)).singleElement()
                    .satisfies(stored -> assertThat(stored.state()).isEqualTo(EnrolmentState.WITHDRAWN));

            assertThat(enrolments.erase(tester)).isTrue();
            assertThat(enrolments.erase(tester)).isFalse();
            assertThat(enrolments.findByTesterToken(token.hash())).isEmpty();
            assertThat(enrolments.count(PILOT, null)).isOne();
            assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM registry.tester_contact")
                    .query(Long.class).single()).isZero();
        } finally {
            clean(dataSource);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void publishesConsentVersionsOnceEach(String name, DataSource dataSource) {
        try (var repositories = repositories(dataSource)) {
            var consents = repositories.getBean(ConsentTexts.class);
            assertThat(consents.current()).extracting(ConsentText::version).containsExactly(1, 1, 1);
            var translations = new HashMap<String, String>();
            Languages.SUPPORTED.forEach(language -> translations.put(language, "v2 " + language));
            var second = ConsentText.publish(ConsentPurpose.RESEARCH, 2, translations, NOW, "admin");

            consents.add(second);

            assertThatThrownBy(() -> consents.add(second)).isInstanceOf(ConsentVersionTaken.class);
            assertThat(consents.latestVersion(ConsentPurpose.RESEARCH)).isEqualTo(2);
            assertThat(consents.current().get(2).in("pl")).isEqualTo("v2 pl");
            assertThat(consents.find(ConsentPurpose.RESEARCH, 1).orElseThrow().in("en")).contains("research");
        } finally {
            clean(dataSource);
        }
    }

    /** The registry's JDBC repositories of consent, invitations and enrolments on the migrated database. */
    private static AnnotationConfigApplicationContext repositories(DataSource dataSource) {
        RegistryModule.migrations(dataSource).migrate();
        clean(dataSource);
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO registry.pilot (id, app_id, organisation_id, planned_testers, start_date, end_date,
                    downstream_guaranteed_kbps, downstream_maximum_kbps, upstream_guaranteed_kbps, upstream_maximum_kbps,
                    max_latency_ms, max_jitter_ms, max_loss_ratio, state, version, submitted_at)
                VALUES (:id, 'app-citybike', 'org-a', 10, DATE '2027-01-01', DATE '2027-06-30', 1000, 10000, 500, 5000,
                    30, 5, 0.01, 'ACTIVE', 0, TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00+00')""")
                .param("id", PILOT.value()).update();
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcClient.class, () -> jdbc);
        context.scan("org.opencities.testbench.registry.consent.persistence",
                "org.opencities.testbench.registry.invitation.persistence",
                "org.opencities.testbench.registry.enrolment.persistence");
        context.refresh();
        return context;
    }

    private static void clean(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        for (String table : List.of("enrolment_consent", "enrolment", "tester_contact", "tester", "invitation",
                "invitation_batch")) {
            jdbc.sql("DELETE FROM registry." + table).update();
        }
        jdbc.sql("DELETE FROM registry.consent_translation WHERE version > 1").update();
        jdbc.sql("DELETE FROM registry.consent_text WHERE version > 1").update();
        jdbc.sql("DELETE FROM registry.pilot WHERE id = :id").param("id", PILOT.value()).update();
    }

    private static Pilot pilot() {
        return new Pilot(PILOT, "app-citybike", "org-a", List.of("oulu"), 10, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30),
                new RequiredNetwork(new Bandwidth(1_000, 10_000), new Bandwidth(500, 5_000), 30, 5, 0.01),
                PilotState.ACTIVE, 0);
    }
}
