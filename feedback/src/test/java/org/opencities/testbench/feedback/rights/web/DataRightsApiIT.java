package org.opencities.testbench.feedback.rights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.opencities.testbench.feedback.FeedbackFixtures.SUS_75;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackFixtures;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.rights.job.FreeTextPurge;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A tester's download and erasure through the API and the my-data pages, the 410 for every later
 * use of an erased token, refusals that change nothing, and the campaigns' free-text retention.
 */
@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class DataRightsApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FreeTextPurge purge;

    FeedbackFixtures fixtures;
    String pilot;
    String campaign;
    String token;
    Tester tester;

    @BeforeEach
    void testerWhoAnswered() throws Exception {
        fixtures = new FeedbackFixtures(mvc, pilots, testers);
        pilot = fixtures.pilot();
        campaign = fixtures.campaign(pilot, fixtures.questionnaire(), "");
        token = UUID.randomUUID().toString();
        tester = fixtures.tester(pilot, token, "helsinki-co1-olt1-pon1", Instant.now().minus(Duration.ofDays(1)), "participation");
        fixtures.submit(campaign, token, SUS_75 + ", \"nps\": 9, \"cycles\": \"yes\", \"comment\": \"Nice bikes\"")
                .andExpect(status().isCreated());
    }

    @Test
    void downloadsEverythingKeptAboutTheTesterAsAnAttachmentNotToBeCached() throws Exception {
        mvc.perform(get("/api/v1/tester/data").header("X-Tester-Token", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.enrolments[0].pseudonym").value(tester.pseudonym()))
                .andExpect(jsonPath("$.enrolments[0].consents[0].purpose").value("participation"))
                .andExpect(jsonPath("$.responses[0].scores.sus").value(75.0))
                .andExpect(jsonPath("$.responses[0].answers[?(@.key == 'sus-1')].value").value(4))
                .andExpect(jsonPath("$.responses[0].answers[?(@.key == 'comment')].value").value("Nice bikes"))
                .andExpect(jsonPath("$.drafts").isEmpty());
    }

    @Test
    void refusesUnknownAndMissingTokensNamingTheHeader() throws Exception {
        mvc.perform(get("/api/v1/tester/data"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"));
        mvc.perform(delete("/api/v1/tester").header("X-Tester-Token", "not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"));
        assertThat(testers.byTokenSha256(tester.tokenSha256())).as("nothing erased").hasSize(1);
    }

    @Test
    void answersEveryLaterUseOfAnErasedTokenWith410() throws Exception {
        mvc.perform(delete("/api/v1/tester").header("X-Tester-Token", token)).andExpect(status().isOk());

        var other = fixtures.campaign(pilot, fixtures.questionnaire(), "");
        for (var request : new RequestBuilder[] {
                get("/api/v1/tester/data").header("X-Tester-Token", token),
                delete("/api/v1/tester").header("X-Tester-Token", token),
                get("/api/v1/campaigns/{id}/questionnaire", other).header("X-Tester-Token", token),
                get("/api/v1/campaigns/{id}/responses/draft", other).header("X-Tester-Token", token)}) {
            mvc.perform(request)
                    .andExpect(status().isGone())
                    .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"))
                    .andExpect(jsonPath("$.detail").value(containsString("erased")));
        }
        fixtures.submit(other, token, SUS_75 + ", \"nps\": 9").andExpect(status().isGone());
        fixtures.saveDraft(other, token, "\"nps\": 9").andExpect(status().isGone());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback.response WHERE campaign_id = :c").param("c", UUID.fromString(other))
                .query(Long.class).single()).isZero();
    }

    @Test
    void pagesShowTheDataOfferTheDownloadAndEraseOnlyAfterConfirmation() throws Exception {
        mvc.perform(get("/feedback/t/{token}/my-data", token).locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString("Omat tietoni")))
                .andExpect(content().string(containsString(tester.pseudonym())))
                .andExpect(content().string(containsString("/feedback/t/" + token + "/my-data/erase")));
        mvc.perform(get("/feedback/t/{token}/my-data/download", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses[0].scores.sus").value(75.0));
        // The tester's language (Finnish), not the German the browser asks for.
        mvc.perform(get("/feedback/t/{token}/my-data/erase", token).locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Poistetaanko tietosi?")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post("/feedback/t/{token}/my-data/erase", token).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("role=\"alert\"")));
        mvc.perform(post("/feedback/t/{token}/my-data/erase", token).param("confirm", "yes"))
                .andExpect(status().isForbidden());
        assertThat(testers.byTokenSha256(tester.tokenSha256())).as("unconfirmed or forged: nothing erased").hasSize(1);

        mvc.perform(post("/feedback/t/{token}/my-data/erase", token).with(csrf()).param("confirm", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tietosi on poistettu")));
        assertThat(testers.byTokenSha256(tester.tokenSha256())).isEmpty();
        mvc.perform(get("/feedback/t/{token}/my-data", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(get("/feedback/t/{token}/my-data", "never-issued")).andExpect(status().isNotFound());
    }

    @Test
    void deletesFreeTextPastTheCampaignsRetentionAndKeepsEverythingElse() throws Exception {
        mvc.perform(put("/api/v1/campaigns/{id}/retention", campaign).with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"freeTextRetention\": \"P30D\"}"))
                .andExpect(status().isOk());
        jdbc.sql("UPDATE feedback.feedback_lease SET holder = NULL WHERE name = 'free-text-retention'").update();

        purge.purge(Instant.now().plus(Duration.ofDays(29)));
        assertThat(answerKeys()).contains("comment");
        assertThat(purge.purge(Instant.now().plus(Duration.ofDays(31)))).isPositive();
        assertThat(answerKeys()).doesNotContain("comment").contains("sus-1", "nps", "cycles");
    }

    @Test
    void refusesBadRetentionsAndCallersWhoDoNotRunTheCampaign() throws Exception {
        mvc.perform(put("/api/v1/campaigns/{id}/retention", campaign).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"freeTextRetention\": \"PT1H\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("freeTextRetention"));
        mvc.perform(put("/api/v1/campaigns/{id}/retention", campaign).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"freeTextRetention\": \"three months\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("freeTextRetention"));
        mvc.perform(put("/api/v1/campaigns/{id}/retention", campaign).with(httpBasic("lab-berlin", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"freeTextRetention\": \"P30D\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/retention", campaign).with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
    }

    private List<String> answerKeys() {
        return jdbc.sql("""
                SELECT a.answer_key FROM feedback.response_answer a JOIN feedback.response r ON r.id = a.response_id
                WHERE r.campaign_id = :c""").param("c", UUID.fromString(campaign)).query(String.class).list();
    }
}
