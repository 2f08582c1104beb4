package org.opencities.testbench.feedback.reminder;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.feedback.FeedbackEvent;

/**
 * A tester is due a reminder of a campaign: the registry mails it to the address it keeps for the
 * enrolment (if the tester gave the {@code contact} consent). Shape:
 * {@code docs/events/examples/tester.reminded.json}.
 */
public record TesterReminded(UUID eventId, String enrolmentId, String tester, String pilotId, String campaignId,
        String reminder, String language, Instant closesAt) implements FeedbackEvent {

    public static TesterReminded of(ReminderDue due) {
        return new TesterReminded(UUID.randomUUID(), due.enrolmentId(), due.tester(), due.pilotId(), due.campaignId(),
                due.reminder(), due.language(), due.closesAt());
    }

    @Override
    public String type() {
        return "tester.reminded";
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
