package org.opencities.testbench.feedback.campaign.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.opencities.testbench.feedback.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Questionnaire versions put to a pilot's testers for a time window")
class CampaignController {

    private final CampaignPlanning planning;

    CampaignController(CampaignPlanning planning) {
        this.planning = planning;
    }

    @PostMapping
    @Operation(summary = "Plan a campaign (administrators, lab managers of one of the pilot's cities)")
    ResponseEntity<CampaignResponse> plan(@Valid @RequestBody CampaignRequest request, Authentication authentication) {
        var campaign = planning.plan(request, FeedbackCaller.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id())).body(CampaignResponse.of(campaign));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign")
    CampaignResponse campaign(@PathVariable UUID id, Authentication authentication) {
        return CampaignResponse.of(planning.find(id, FeedbackCaller.of(authentication)));
    }

    @GetMapping
    @Operation(summary = "A pilot's campaigns, newest first")
    ResponseEntity<PageResponse<CampaignResponse>> ofPilot(@RequestParam String pilotId,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication authentication) {
        var all = planning.ofPilot(pilotId, FeedbackCaller.of(authentication));
        var page = all.stream().skip(offset).limit(limit).map(CampaignResponse::of).toList();
        return new PageResponse<>(page, offset, limit, all.size()).toResponse();
    }
}
