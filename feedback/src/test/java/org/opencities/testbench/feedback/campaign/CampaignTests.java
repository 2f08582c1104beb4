package org.opencities.testbench.feedback.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;

class CampaignTests {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final Pilot PILOT = new Pilot("pilot-7f3a", Set.of("helsinki", "oulu"), LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 4, 15));

    @Test
    void runsFromThePilotsFirstDayToTheEndOfItsLastByDefault() {
        var campaign = plan(null, null, null, Map.of());

        assertThat(campaign.opensAt()).isEqualTo(Instant.parse("2027-01-15T00:00:00Z"));
        assertThat(campaign.closesAt()).isEqualTo(Instant.parse("2027-04-16T00:00:00Z"));
        assertThat(campaign.afterEnrolment()).isZero();
    }

    @Test
    void opensForEachTesterOnlyTheAgreedTimeAfterTheirEnrolment() {
        var campaign = plan(null, null, Duration.ofDays(7), Map.of());
        var early = tester(Instant.parse("2027-01-01T08:00:00Z"));
        var late = tester(Instant.parse("2027-02-01T08:00:00Z"));

        assertThat(campaign.opensFor(early)).isEqualTo(campaign.opensAt());
        assertThat(campaign.opensFor(late)).isEqualTo(Instant.parse("2027-02-08T08:00:00Z"));
        assertThatThrownBy(() -> campaign.checkOpenFor(late, Instant.parse("2027-02-08T07:59:59Z")))
                .isInstanceOf(CampaignNotOpen.class).hasMessageContaining("2027-02-08T08:00:00Z");
        assertThatCode(() -> campaign.checkOpenFor(late, Instant.parse("2027-02-08T08:00:00Z"))).doesNotThrowAnyException();
    }

    @Test
    void ignoresTheEnrolmentTimeWithoutAWaitSoThatAClockAheadKeepsNobodyOut() {
        var campaign = plan(NOW.minusSeconds(60), null, null, Map.of());

        assertThatCode(() -> campaign.checkOpenFor(tester(NOW.plusSeconds(5)), NOW)).doesNotThrowAnyException();
    }

    @Test
    void closesAtItsEndForGood() {
        var campaign = plan(null, null, null, Map.of());

        assertThatThrownBy(() -> campaign.checkOpenFor(tester(NOW), campaign.closesAt()))
                .isInstanceOf(CampaignClosed.class).hasMessageContaining("closed at 2027-04-16T00:00:00Z");
    }

    @Test
    void refusesDraftsEmptyWindowsAndQuotasOutsideThePilotsCities() {
        var draft = QuestionnaireFixtures.everyKind();

        assertThatThrownBy(() -> Campaign.plan(PILOT, draft, NOW.plusSeconds(600), NOW.plusSeconds(60), Duration.ofDays(-1),
                Map.of("berlin", 5, "oulu", 0), "lab-oulu", NOW))
                .isInstanceOfSatisfying(Unprocessable.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("version", "closesAt", "afterEnrolment", "quotas.berlin", "quotas.oulu"));
    }

    private static Campaign plan(Instant opens, Instant closes, Duration afterEnrolment, Map<String, Integer> quotas) {
        return Campaign.plan(PILOT, QuestionnaireFixtures.everyKind().publish(NOW), opens, closes, afterEnrolment, quotas,
                "lab-helsinki", NOW);
    }

    private static Tester tester(Instant enrolledAt) {
        return new Tester("enrolment-91c2", "tester-5d1e8f", PILOT.id(), "helsinki", "fi", "phone", "android", null,
                List.of(new ConsentRecord("participation", 1)), "0".repeat(64), enrolledAt, null);
    }
}
