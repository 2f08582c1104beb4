package org.opencities.testbench.feedback.response.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.opencities.testbench.feedback.response.web.FeedbackApi.SUS_75;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Testers answering in-app: the questionnaire, drafts, submission and every refusal, against real H2. */
@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class ResponseApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;
    @Autowired
    JdbcClient jdbc;

    FeedbackApi api;
    String pilot;
    String questionnaire;
    String campaign;
    String token;

    @BeforeEach
    void campaignWithATester() throws Exception {
        api = new FeedbackApi(mvc, pilots, testers);
        pilot = api.pilot();
        questionnaire = api.publishedQuestionnaire();
        campaign = api.campaign(pilot, questionnaire, "");
        token = api.tester(pilot, "helsinki");
    }

    @Test
    void showsTheQuestionnaireInTheTestersLanguageWithEnglishHelp() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/questionnaire", campaign).header("X-Tester-Token", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.language").value("fi"))
                .andExpect(jsonPath("$.title").value("Kaupunkipyöräpilotti"))
                .andExpect(jsonPath("$.items[0].questions[2].key").value("sus-3"))
                .andExpect(jsonPath("$.items[0].questions[2].text").value("Palvelu oli mielestäni helppokäyttöinen."))
                .andExpect(jsonPath("$.items[0].maxLabel").value("Täysin samaa mieltä"))
                .andExpect(jsonPath("$.items[2].options[0].label").value("Kyllä"))
                .andExpect(jsonPath("$.items[3].showIf.answerKey").value("cycles"))
                .andExpect(jsonPath("$.items[3].help").value("Think of your last ride"));
    }

    @Test
    void showsTheQuestionnaireInAnotherOfItsLanguagesAndRefusesOthers() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/questionnaire", campaign).param("lang", "en").header("X-Tester-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].questions[0].text").value(containsString("recommend")));
        mvc.perform(get("/api/v1/campaigns/{id}/questionnaire", campaign).param("lang", "sv").header("X-Tester-Token", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("[en, fi]")));
    }

    @Test
    void storesAValidResponseWithItsScoresAndTheTestersAttributes() throws Exception {
        api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"yes\", \"bike-comfort\": 6, "
                        + "\"comment\": \"<b>Hyvä</b> & nopea\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scores.sus").value(75.0))
                .andExpect(jsonPath("$.scores.nps").value(9.0));

        var stored = jdbc.sql("SELECT city, language, device, platform, segment_code FROM feedback.response WHERE campaign_id = :c")
                .param("c", UUID.fromString(campaign)).query().singleRow();
        assertThat(stored).containsEntry("city", "helsinki").containsEntry("language", "fi").containsEntry("device", "phone")
                .containsEntry("platform", "android").containsEntry("segment_code", "helsinki-co1-olt1-pon1");
        assertThat(jdbc.sql("""
                SELECT a.text_value FROM feedback.response_answer a JOIN feedback.response r ON r.id = a.response_id
                WHERE r.campaign_id = :c AND a.answer_key = 'comment'""").param("c", UUID.fromString(campaign))
                .query(String.class).single()).isEqualTo("<b>Hyvä</b> & nopea");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            answer off the scale         | fi | "nps": 11, "cycles": "no"                 | 422 | answers.nps          | out of range
            required item missing        | fi | "cycles": "no"                            | 422 | answers.nps          | required
            item not in the version      | fi | "nps": 9, "cycles": "no", "sus-11": 3     | 422 | answers.sus-11       | not an item of version 1
            option that does not exist   | fi | "nps": 9, "cycles": "often"               | 422 | answers.cycles       | not an option
            item hidden by its condition | fi | "nps": 9, "cycles": "no", "bike-comfort": 5 | 422 | answers.bike-comfort | not asked unless
            number instead of text       | fi | "nps": 9, "cycles": "no", "comment": 5    | 422 | answers.comment      | must be text
            fraction on a scale          | fi | "nps": 8.5, "cycles": "no"                | 422 | answers.nps          | not a whole number
            null answer                  | fi | "nps": null, "cycles": "no"               | 422 | answers.nps          | leave an unanswered item out
            unknown language code        | xx | "nps": 9, "cycles": "no"                  | 400 | language             | not a supported language
            language not translated      | sv | "nps": 9, "cycles": "no"                  | 400 | language             | not a language of this questionnaire
            """)
    void refusesBadAnswersNamingTheFieldAndStoresNothing(String name, String language, String answers, int status,
            String field, String reason) throws Exception {
        api.submit(campaign, token, language, SUS_75 + ", " + answers)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '%s')].reason".formatted(field)).value(hasItem(containsString(reason))));

        assertNothingStored();
    }

    @Test
    void refusesAnswersThatAreNotAnObjectNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/campaigns/{id}/responses", campaign).header("X-Tester-Token", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fi\", \"answers\": [4, 2]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
        assertNothingStored();
    }

    @Test
    void refusesASecondSubmissionAndKeepsTheFirst() throws Exception {
        api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"").andExpect(status().isCreated());

        api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 3, \"cycles\": \"no\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("already answered")));

        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void letsExactlyOneOfConcurrentSubmissionsThrough() throws Exception {
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> {
                start.await();
                return api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"")
                        .andReturn().getResponse().getStatus();
            });
        }
        var pool = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void refusesUnknownAndMissingTokens() throws Exception {
        api.submit(campaign, "not-a-token", "fi", "\"nps\": 9")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"));
        mvc.perform(post("/api/v1/campaigns/{id}/responses", campaign).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"fi\", \"answers\": {}}"))
                .andExpect(status().isUnauthorized());
        assertNothingStored();
    }

    @Test
    void refusesATesterOfAnotherPilot() throws Exception {
        String stranger = api.tester(api.pilot(), "helsinki");

        api.submit(campaign, stranger, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("not enrolled in pilot " + pilot)));
        mvc.perform(get("/api/v1/campaigns/{id}/questionnaire", campaign).header("X-Tester-Token", stranger))
                .andExpect(status().isForbidden());
        assertNothingStored();
    }

    @Test
    void refusesAWithdrawnTester() throws Exception {
        jdbc.sql("UPDATE feedback.tester SET withdrawn_at = CURRENT_TIMESTAMP WHERE pilot_id = :p").param("p", pilot).update();

        api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("withdrew")));
        assertNothingStored();
    }

    @Test
    void refusesAnswersBeforeTheCampaignOpensForTheTester() throws Exception {
        String later = api.campaign(pilot, questionnaire, "\"afterEnrolment\": \"P7D\"");

        api.submit(later, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("campaign"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("opens for you at")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback.response WHERE campaign_id = :c")
                .param("c", UUID.fromString(later)).query(Long.class).single()).isZero();
    }

    @Test
    void refusesAnswersAfterTheCampaignClosed() throws Exception {
        jdbc.sql("UPDATE feedback.campaign SET opens_at = :o, closes_at = :c WHERE id = :id")
                .param("o", OffsetDateTime.now().minusDays(10)).param("c", OffsetDateTime.now().minusDays(1))
                .param("id", UUID.fromString(campaign)).update();

        api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"")
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("closed at")));
        assertNothingStored();
    }

    @Test
    void stopsAtTheCitysQuota() throws Exception {
        String capped = api.campaign(pilot, questionnaire, "\"quotas\": {\"helsinki\": 1}");
        String neighbour = api.tester(pilot, "helsinki");
        String oulu = api.tester(pilot, "oulu");

        api.submit(capped, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"").andExpect(status().isCreated());
        api.submit(capped, neighbour, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        api.submit(capped, oulu, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"").andExpect(status().isCreated());
    }

    @Test
    void savesADraftValidatedAsFarAsItGoesAndForgetsItOnSubmission() throws Exception {
        api.saveDraft(campaign, token, "\"sus-1\": 4, \"cycles\": \"yes\", \"comment\": \"Puoliksi\"")
                .andExpect(status().isOk());
        api.saveDraft(campaign, token, "\"sus-1\": 9").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answers.sus-1"));

        api.draft(campaign, token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.sus-1").value(4))
                .andExpect(jsonPath("$.answers.cycles").value("yes"))
                .andExpect(jsonPath("$.answers.comment").value("Puoliksi"));

        api.submit(campaign, token, "fi", SUS_75 + ", \"nps\": 9, \"cycles\": \"no\"").andExpect(status().isCreated());
        api.draft(campaign, token).andExpect(status().isNotFound());
    }

    @Test
    void showsNoDraftToAnotherTester() throws Exception {
        api.saveDraft(campaign, token, "\"sus-1\": 4").andExpect(status().isOk());

        api.draft(campaign, api.tester(pilot, "oulu")).andExpect(status().isNotFound());
    }

    private void assertNothingStored() {
        assertThat(responses()).as("responses stored").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback.response_answer").query(Long.class).single())
                .as("answers of responses, any campaign").isEqualTo(
                        jdbc.sql("SELECT COUNT(*) FROM feedback.response_answer a JOIN feedback.response r ON r.id = a.response_id")
                                .query(Long.class).single());
    }

    private long responses() {
        return jdbc.sql("SELECT COUNT(*) FROM feedback.response WHERE campaign_id = :c")
                .param("c", UUID.fromString(campaign)).query(Long.class).single();
    }
}
