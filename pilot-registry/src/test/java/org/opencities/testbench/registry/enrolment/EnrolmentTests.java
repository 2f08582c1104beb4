package org.opencities.testbench.registry.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.consent.ConsentText;
import org.opencities.testbench.registry.consent.Languages;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;

class EnrolmentTests {

    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");
    private static final GivenConsent PARTICIPATION = new GivenConsent(ConsentPurpose.PARTICIPATION, 1);
    private static final GivenConsent CONTACT = new GivenConsent(ConsentPurpose.CONTACT, 1);
    private static final GivenConsent STALE_RESEARCH = new GivenConsent(ConsentPurpose.RESEARCH, 1);

    @Test
    void enrolsWithTheCurrentParticipationConsentUnderAFreshPseudonym() {
        var enrolment = Enrolment.enrol(pilot(), TesterId.next(), form("oulu", List.of(PARTICIPATION), null), current(), NOW);

        assertThat(enrolment.tester().value()).matches("tester-[0-9a-f]{12}");
        assertThat(enrolment.id()).startsWith("enrolment-");
        assertThat(enrolment.state()).isEqualTo(EnrolmentState.ENROLLED);
        assertThat(enrolment.created("ab12").consents()).containsExactly(new EnrolmentCreated.Consent("participation", 1));
    }

    @Test
    void refusesAnEnrolmentWithoutParticipationConsent() {
        assertThatThrownBy(() -> Enrolment.enrol(pilot(), TesterId.next(), form("oulu", List.of(CONTACT), null),
                current(), NOW))
                .isInstanceOf(InvalidEnrolment.class)
                .hasMessageContaining("participation")
                .extracting(e -> ((InvalidEnrolment) e).field()).isEqualTo("consents");
    }

    @Test
    void refusesConsentToATextThatIsNoLongerCurrent() {
        assertThatThrownBy(() -> Enrolment.enrol(pilot(), TesterId.next(),
                form("oulu", List.of(PARTICIPATION, STALE_RESEARCH), null), current(), NOW))
                .isInstanceOf(InvalidEnrolment.class)
                .hasMessageContaining("version 1", "version 2");
    }

    @Test
    void refusesACityThePilotDoesNotRunIn() {
        assertThatThrownBy(() -> Enrolment.enrol(pilot(), TesterId.next(), form("gent", List.of(PARTICIPATION), null),
                current(), NOW))
                .isInstanceOf(InvalidEnrolment.class)
                .hasMessageContaining("oulu", "tampere");
    }

    @Test
    void keepsAnAddressOnlyWithContactConsent() {
        assertThatThrownBy(() -> Enrolment.enrol(pilot(), TesterId.next(),
                form("oulu", List.of(PARTICIPATION), "a@example.org"), current(), NOW))
                .extracting(e -> ((InvalidEnrolment) e).field()).isEqualTo("email");

        var enrolment = Enrolment.enrol(pilot(), TesterId.next(),
                form("oulu", List.of(PARTICIPATION, CONTACT), "a@example.org"), current(), NOW);
        assertThat(enrolment.toString()).doesNotContain("example.org");
    }

    @Test
    void refusesWithdrawingTwice() {
        var withdrawn = Enrolment.enrol(pilot(), TesterId.next(), form("oulu", List.of(PARTICIPATION), null), current(), NOW)
                .withdraw(NOW.plusSeconds(60));

        assertThat(withdrawn.withdrawn().withdrawnAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> withdrawn.withdraw(NOW.plusSeconds(120))).isInstanceOf(EnrolmentAlreadyWithdrawn.class);
    }

    private static EnrolmentForm form(String city, List<GivenConsent> consents, String email) {
        return new EnrolmentForm("fi", city, Device.PHONE, Platform.ANDROID, Optional.empty(), consents,
                Optional.ofNullable(email));
    }

    private static List<ConsentText> current() {
        return List.of(text(ConsentPurpose.PARTICIPATION, 1), text(ConsentPurpose.CONTACT, 1),
                text(ConsentPurpose.RESEARCH, 2));
    }

    private static ConsentText text(ConsentPurpose purpose, int version) {
        var translations = new HashMap<String, String>();
        Languages.SUPPORTED.forEach(language -> translations.put(language, purpose + " " + language));
        return ConsentText.publish(purpose, version, Map.copyOf(translations), NOW, "admin");
    }

    private static Pilot pilot() {
        return new Pilot(new PilotId("pilot-test"), "app-citybike", "org-a", List.of("oulu", "tampere"), 10,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                new RequiredNetwork(new Bandwidth(1_000, 10_000), new Bandwidth(500, 5_000), 30, 5, 0.01),
                PilotState.ACTIVE, 3);
    }
}
