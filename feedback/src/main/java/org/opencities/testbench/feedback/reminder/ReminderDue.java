package org.opencities.testbench.feedback.reminder;

import java.time.Instant;

/**
 * A reminder to hand to a sender: which tester (pseudonym and enrolment, as the registry knows
 * them), in which language, for which campaign and until when it can be answered.
 */
public record ReminderDue(String campaignId, String pilotId, String reminder, String enrolmentId, String tester,
        String language, Instant closesAt) {
}
