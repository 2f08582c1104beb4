package org.opencities.testbench.feedback.response.web;

import java.util.List;
import java.util.UUID;

import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.campaign.CampaignNotFound;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.questionnaire.Languages;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireNotFound;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.rights.web.TokenEnrolments;
import org.opencities.testbench.feedback.tester.NotEnrolledInPilot;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.TesterWithdrawn;
import org.springframework.stereotype.Component;

/**
 * Recognises the tester behind a personal token and admits them to a campaign of their own pilot:
 * an unknown token is 401, the token of an erased tester 410, a campaign of another pilot 403, a withdrawn
 * tester 403.
 */
@Component
class TesterCampaigns {

    private final TokenEnrolments enrolments;
    private final Campaigns campaigns;
    private final Questionnaires questionnaires;

    TesterCampaigns(TokenEnrolments enrolments, Campaigns campaigns, Questionnaires questionnaires) {
        this.enrolments = enrolments;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
    }

    TesterCampaign admit(String token, UUID campaignId) {
        var enrolmentsOfToken = enrolments.of(token);
        var campaign = campaigns.find(new CampaignId(campaignId))
                .orElseThrow(() -> new CampaignNotFound(campaignId.toString()));
        var tester = enrolmentsOfToken.stream().filter(enrolment -> enrolment.pilotId().equals(campaign.pilotId()))
                .findFirst().orElseThrow(() -> new NotEnrolledInPilot(campaign.pilotId()));
        if (tester.withdrawn() || !tester.takesPart()) {
            throw new TesterWithdrawn(tester.pilotId(), tester.withdrawnAt());
        }
        return new TesterCampaign(tester, campaign, questionnaire(campaign));
    }

    /**
     * Every campaign of the pilots the token's tester takes part in (not withdrawn, participation
     * consent given), newest first per pilot, whether open or not.
     */
    List<TesterCampaign> all(String token) {
        return enrolments.of(token).stream().filter(tester -> !tester.withdrawn() && tester.takesPart())
                .flatMap(tester -> campaigns.ofPilot(tester.pilotId()).stream()
                        .map(campaign -> new TesterCampaign(tester, campaign, questionnaire(campaign))))
                .toList();
    }

    private Questionnaire questionnaire(Campaign campaign) {
        return questionnaires.find(campaign.questionnaireId(), campaign.version())
                .orElseThrow(() -> new QuestionnaireNotFound(campaign.questionnaireId(), campaign.version()));
    }

    /**
     * The language asked for, checked against the questionnaire's languages.
     *
     * @throws InvalidRequest naming {@code field} if it is not a supported language or not one of the questionnaire's
     */
    static String language(String language, Questionnaire questionnaire, String field) {
        if (language == null || language.isBlank()) {
            throw new InvalidRequest(field, "is required: one of " + questionnaire.languages());
        }
        if (!Languages.supported(language)) {
            throw new InvalidRequest(field, Languages.refusal(language));
        }
        if (!questionnaire.languages().contains(language)) {
            throw new InvalidRequest(field, "'%s' is not a language of this questionnaire; use one of %s"
                    .formatted(language, questionnaire.languages()));
        }
        return language;
    }
}
