package org.opencities.testbench.feedback.rights.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.NotFound;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.rights.Retentions;
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

/**
 * A campaign's retention of free text, set and read by those who run its campaigns (administrators,
 * lab managers of one of the pilot's cities); others are told the campaign does not exist.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/retention")
@Tag(name = "Campaigns")
class RetentionController {

    /** Below a day the answers could vanish before anyone read them. */
    private static final Duration SHORTEST = Duration.ofDays(1);

    private final CampaignAccess access;
    private final Retentions retentions;

    RetentionController(CampaignAccess access, Retentions retentions) {
        this.access = access;
        this.retentions = retentions;
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Keep raw free-text answers this long after submission, then delete them")
    RetentionRequest set(@PathVariable UUID campaignId, @Valid @RequestBody RetentionRequest request,
            Authentication authentication) {
        access.runBy(campaignId, FeedbackCaller.of(authentication));
        if (request.freeTextRetention().compareTo(SHORTEST) < 0) {
            throw new InvalidRequest(List.of(new Violation("freeTextRetention", "must be at least P1D")));
        }
        retentions.set(campaignId, request.freeTextRetention());
        return request;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "The campaign's free-text retention; 404 when none is set")
    RetentionRequest get(@PathVariable UUID campaignId, Authentication authentication) {
        access.runBy(campaignId, FeedbackCaller.of(authentication));
        return retentions.freeTextOf(campaignId).map(RetentionRequest::new)
                .orElseThrow(() -> new NotFound("Campaign " + campaignId + " keeps free text until testers erase it"));
    }
}
