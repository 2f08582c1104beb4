package org.opencities.testbench.feedback.response.web;

import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.tester.Tester;

/** A tester recognised by their token, the campaign they turn to, and its questionnaire version. */
record TesterCampaign(Tester tester, Campaign campaign, Questionnaire questionnaire) {
}
