package org.opencities.testbench.feedback.response;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.tester.Tester;

/**
 * A tester's submitted answers to a campaign, with the scores computed from them and the attributes
 * reports break down by (city, language, device, platform, segment, time). One per tester and campaign.
 *
 * @param tester the tester's pseudonym
 * @param segmentCode the household's segment or ONT code, or {@code null}
 */
public record Response(ResponseId id, CampaignId campaignId, String pilotId, QuestionnaireId questionnaireId,
        int version, String tester, String language, String city, String device, String platform, String segmentCode,
        Instant submittedAt, Map<String, Answer> answers, Map<String, Double> scores) {

    public Response {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(tester, "tester");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(submittedAt, "submittedAt");
        answers = Map.copyOf(answers);
        scores = Map.copyOf(scores);
    }

    /** The tester's answers to the campaign's questionnaire, scored; the answers must have passed its checks. */
    public static Response of(Campaign campaign, Questionnaire questionnaire, Tester tester, String language,
            Map<String, Answer> answers, Instant now) {
        return new Response(ResponseId.next(), campaign.id(), campaign.pilotId(), questionnaire.id(),
                questionnaire.version(), tester.pseudonym(), language, tester.city(), tester.device(), tester.platform(),
                tester.segmentCode(), now, answers, questionnaire.scores(answers));
    }
}
