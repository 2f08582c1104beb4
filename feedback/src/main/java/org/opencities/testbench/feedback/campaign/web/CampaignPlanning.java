package org.opencities.testbench.feedback.campaign.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.feedback.Forbidden;
import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.campaign.CampaignNotFound;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and reading campaigns, for administrators and the lab managers of one of the pilot's
 * cities. A caller who does not run the pilot's campaigns is told the campaign does not exist.
 */
@Service
@Transactional
class CampaignPlanning {

    private final Campaigns campaigns;
    private final KnownPilots pilots;
    private final Questionnaires questionnaires;

    CampaignPlanning(Campaigns campaigns, KnownPilots pilots, Questionnaires questionnaires) {
        this.campaigns = campaigns;
        this.pilots = pilots;
        this.questionnaires = questionnaires;
    }

    Campaign plan(CampaignRequest request, FeedbackCaller caller) {
        var pilot = pilots.find(request.pilotId()).orElseThrow(() -> new Unprocessable("Unknown pilot", List.of(
                new Violation("pilotId", "no accepted pilot '%s' is known to feedback yet".formatted(request.pilotId())))));
        if (!caller.runsCampaignsIn(pilot.cities())) {
            throw new Forbidden("pilotId", "Only administrators and the living labs of " + pilot.cities()
                    + " run campaigns of pilot " + pilot.id());
        }
        var questionnaire = questionnaires.find(new QuestionnaireId(request.questionnaireId()), request.version())
                .orElseThrow(() -> new Unprocessable("Unknown questionnaire version", List.of(new Violation("version",
                        "questionnaire %s has no version %d".formatted(request.questionnaireId(), request.version())))));
        var campaign = Campaign.plan(pilot, questionnaire, request.opensAt(), request.closesAt(), request.afterEnrolment(),
                request.quotas() == null ? Map.of() : request.quotas(), caller.name(), Instant.now());
        campaigns.add(campaign);
        return campaign;
    }

    @Transactional(readOnly = true)
    Campaign find(UUID id, FeedbackCaller caller) {
        return campaigns.find(new CampaignId(id))
                .filter(campaign -> pilots.find(campaign.pilotId()).map(Pilot::cities).filter(caller::runsCampaignsIn).isPresent())
                .orElseThrow(() -> new CampaignNotFound(id.toString()));
    }

    @Transactional(readOnly = true)
    List<Campaign> ofPilot(String pilotId, FeedbackCaller caller) {
        return pilots.find(pilotId).filter(pilot -> caller.runsCampaignsIn(pilot.cities()))
                .map(pilot -> campaigns.ofPilot(pilotId)).orElse(List.of());
    }
}
