package org.opencities.testbench.feedback.response.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.campaign.QuotaReached;
import org.opencities.testbench.feedback.response.AlreadySubmitted;
import org.opencities.testbench.feedback.response.Draft;
import org.opencities.testbench.feedback.response.DraftNotFound;
import org.opencities.testbench.feedback.response.Drafts;
import org.opencities.testbench.feedback.response.Response;
import org.opencities.testbench.feedback.response.ResponseStored;
import org.opencities.testbench.feedback.response.ResponseSubmitted;
import org.opencities.testbench.feedback.response.Responses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tester does with a campaign: read its questionnaire, save and read a draft, submit once.
 * Each runs in one transaction - a submission's writes in the group commit's savepoint of its own -
 * so a refused submission stores nothing, not even a quota place.
 */
@Service
@Transactional
class TesterResponses {

    private final TesterCampaigns admission;
    private final Responses responses;
    private final Drafts drafts;
    private final Campaigns campaigns;
    private final ApplicationEventPublisher events;
    private final SubmissionCommits commits;

    TesterResponses(TesterCampaigns admission, Responses responses, Drafts drafts, Campaigns campaigns,
            ApplicationEventPublisher events, SubmissionCommits commits) {
        this.admission = admission;
        this.responses = responses;
        this.drafts = drafts;
        this.campaigns = campaigns;
        this.events = events;
        this.commits = commits;
    }

    @Transactional(readOnly = true)
    RenderedQuestionnaire questionnaire(String token, UUID campaignId, String language) {
        var admitted = admission.admit(token, campaignId);
        var wanted = TesterCampaigns.language(language == null ? admitted.tester().language() : language,
                admitted.questionnaire(), "lang");
        return RenderedQuestionnaire.of(campaignId.toString(), admitted.questionnaire(), wanted);
    }

    /**
     * Checks the submission here and stores it through the group commit: the response, its quota
     * place, the draft's removal and {@code response.submitted} commit together or not at all. No
     * transaction of its own, so the request holds no connection while it waits for the commit (the
     * checks read only the tester, in one query).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Response submit(String token, UUID campaignId, String requestedLanguage, AnswersRequest.Read read) {
        var admitted = admission.admit(token, campaignId);
        var now = Instant.now();
        var campaign = admitted.campaign();
        var tester = admitted.tester();
        campaign.checkOpenFor(tester, now);
        String language = TesterCampaigns.language(requestedLanguage, admitted.questionnaire(), "language");
        var violations = new ArrayList<>(read.violations());
        violations.addAll(admitted.questionnaire().checkSubmission(read.answers()));
        if (!violations.isEmpty()) {
            throw new Unprocessable("The answers do not fit version %d of the questionnaire".formatted(campaign.version()),
                    violations);
        }
        var response = Response.of(campaign, admitted.questionnaire(), tester, language, read.answers(), now);
        commits.commit(() -> {
            responses.add(response);
            if (!campaigns.takePlace(campaign, tester.city())) {
                throw new QuotaReached(campaign.id(), tester.city(), campaign.quota(tester.city()).orElseThrow());
            }
            drafts.remove(campaign.id(), tester.pseudonym());
            events.publishEvent(new ResponseStored(response));
            events.publishEvent(ResponseSubmitted.of(response));
        });
        return response;
    }

    Draft saveDraft(String token, UUID campaignId, String requestedLanguage, AnswersRequest.Read read) {
        var admitted = admission.admit(token, campaignId);
        var campaign = admitted.campaign();
        var tester = admitted.tester();
        campaign.checkOpenFor(tester, Instant.now());
        String language = TesterCampaigns.language(requestedLanguage, admitted.questionnaire(), "language");
        if (responses.exists(campaign.id(), tester.pseudonym())) {
            throw new AlreadySubmitted(campaign.id());
        }
        var violations = new ArrayList<>(read.violations());
        violations.addAll(admitted.questionnaire().checkDraft(read.answers()));
        if (!violations.isEmpty()) {
            throw new Unprocessable("The draft's answers do not fit version %d of the questionnaire"
                    .formatted(campaign.version()), violations);
        }
        var draft = new Draft(campaign.id(), tester.pseudonym(), language, read.answers(), Instant.now());
        drafts.save(draft);
        return draft;
    }

    @Transactional(readOnly = true)
    Draft draft(String token, UUID campaignId) {
        var admitted = admission.admit(token, campaignId);
        return drafts.find(admitted.campaign().id(), admitted.tester().pseudonym())
                .orElseThrow(() -> new DraftNotFound(admitted.campaign().id()));
    }

    /** Every campaign of the tester's pilots, with whether they answered it or saved a draft. */
    @Transactional(readOnly = true)
    List<TesterCampaignState> overview(String token) {
        return admission.all(token).stream().map(admitted -> new TesterCampaignState(admitted,
                responses.exists(admitted.campaign().id(), admitted.tester().pseudonym()),
                drafts.find(admitted.campaign().id(), admitted.tester().pseudonym()).isPresent())).toList();
    }

    /** A campaign as the tester's list shows it. */
    record TesterCampaignState(TesterCampaign admitted, boolean answered, boolean drafted) {
    }

    /** Whether the tester has answered the campaign already. */
    @Transactional(readOnly = true)
    boolean answered(String token, UUID campaignId) {
        var admitted = admission.admit(token, campaignId);
        return responses.exists(admitted.campaign().id(), admitted.tester().pseudonym());
    }
}
