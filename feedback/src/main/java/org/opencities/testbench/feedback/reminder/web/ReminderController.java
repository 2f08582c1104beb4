package org.opencities.testbench.feedback.reminder.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.reminder.Reminders;
import org.opencities.testbench.feedback.web.CampaignAccess;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's reminders, for administrators and the lab managers of one of the pilot's cities. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/reminders")
@Tag(name = "Campaigns")
class ReminderController {

    private final CampaignAccess access;
    private final Reminders reminders;

    ReminderController(CampaignAccess access, Reminders reminders) {
        this.access = access;
        this.reminders = reminders;
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Replace the campaign's reminders (each sent at most once to each tester who has not answered)")
    RemindersRequest set(@PathVariable UUID campaignId, @RequestBody RemindersRequest request, Authentication authentication) {
        var campaign = access.runBy(campaignId, FeedbackCaller.of(authentication));
        var read = request.read();
        reminders.set(campaign.id(), read);
        return RemindersRequest.of(read);
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "The campaign's reminders")
    RemindersRequest get(@PathVariable UUID campaignId, Authentication authentication) {
        access.runBy(campaignId, FeedbackCaller.of(authentication));
        return RemindersRequest.of(reminders.of(new CampaignId(campaignId)));
    }
}
