package org.opencities.testbench.feedback.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;

class ReminderTests {

    private static final Instant OPENS = Instant.parse("2027-02-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant ENROLLED = Instant.parse("2027-02-10T09:00:00Z");

    final Tester tester = new Tester("enrolment-1", "tester-1", "pilot-1", "helsinki", "fi", null, null, null,
            List.of(new ConsentRecord("participation", 1)), "0".repeat(64), ENROLLED, null);

    @Test
    void beforeCloseFallsDueThatLongBeforeTheCampaignClosesAndNotAfterItClosed() {
        var reminder = new Reminder("last-call", Reminder.Kind.BEFORE_CLOSE, Duration.ofDays(2));
        var campaign = campaign(Duration.ZERO);

        assertThat(reminder.dueFor(campaign, tester)).isEqualTo(Instant.parse("2027-02-27T00:00:00Z"));
        assertThat(reminder.dueNow(campaign, tester, Instant.parse("2027-02-26T23:59:59Z"))).isFalse();
        assertThat(reminder.dueNow(campaign, tester, Instant.parse("2027-02-27T00:00:00Z"))).isTrue();
        assertThat(reminder.dueNow(campaign, tester, CLOSES)).isFalse();
    }

    @Test
    void afterNoAnswerCountsFromWhenTheCampaignOpenedForTheTester() {
        var reminder = new Reminder("nudge", Reminder.Kind.AFTER_NO_ANSWER, Duration.ofDays(3));

        assertThat(reminder.dueFor(campaign(Duration.ZERO), tester)).isEqualTo(OPENS.plus(Duration.ofDays(3)));
        assertThat(reminder.dueFor(campaign(Duration.ofDays(7)), tester))
                .as("the campaign opens for the tester a week after their enrolment")
                .isEqualTo(ENROLLED.plus(Duration.ofDays(10)));
    }

    @Test
    void refusesAnOffsetThatIsNotPositive() {
        assertThatThrownBy(() -> new Reminder("nudge", Reminder.Kind.AFTER_NO_ANSWER, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Campaign campaign(Duration afterEnrolment) {
        return new Campaign(new CampaignId(UUID.randomUUID()), "pilot-1", new QuestionnaireId(UUID.randomUUID()), 1, OPENS,
                CLOSES, afterEnrolment, Map.of(), "admin", OPENS);
    }
}
