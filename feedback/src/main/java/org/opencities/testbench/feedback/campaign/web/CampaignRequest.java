package org.opencities.testbench.feedback.campaign.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A campaign to plan.
 *
 * @param opensAt when it opens; leave out for the pilot's first day
 * @param closesAt when it closes; leave out for the end of the pilot
 * @param afterEnrolment ISO-8601 duration a tester must have been enrolled ("after first use"), e.g. {@code P7D}
 * @param quotas most responses per city, e.g. {@code {"helsinki": 100}}
 */
record CampaignRequest(@NotBlank String pilotId, @NotNull UUID questionnaireId, @NotNull @Min(1) Integer version,
        Instant opensAt, Instant closesAt, Duration afterEnrolment, Map<String, Integer> quotas) {
}
