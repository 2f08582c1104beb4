package org.opencities.testbench.registry.enrolment;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Feedback's word that a tester is due a reminder of a campaign they have not answered yet
 * ({@code tester.reminded}).
 *
 * @param reminder the name the campaign gave the reminder, e.g. {@code last-call}
 * @param language the tester's language, in which the mail is written
 */
public record CampaignReminder(String enrolmentId, TesterId tester, String campaignId, String reminder, Locale language,
        Instant closesAt) {

    public CampaignReminder {
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        Objects.requireNonNull(tester, "tester");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(closesAt, "closesAt");
    }
}
