package org.opencities.testbench.feedback.response.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.feedback.Browser;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.opencities.testbench.feedback.tester.Testers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * The tester page from the personal link (named so that Surefire, which runs {@code Test*} classes, leaves it to Failsafe), in headless Chromium (Finnish and German, with a refused
 * submission and a resumed draft each) and over plain HTTP (no JavaScript, refusals, CSRF), against
 * the feedback module on a random port with real H2.
 */
@SpringBootTest(classes = FeedbackTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AnsweringPagesIT {

    /** NPS, "do you cycle?", a comfort item only for cyclists, MOS and an optional comment, in English, Finnish and German. */
    static final String QUESTIONNAIRE = """
            {"title": {"en": "City bike pilot", "fi": "Kaupunkipyöräpilotti", "de": "Stadtrad-Pilot"},
             "languages": ["en", "fi", "de"],
             "items": [
               {"kind": "instrument", "instrument": "nps"},
               {"kind": "single-choice", "key": "cycles", "text": {"en": "Do you cycle?", "fi": "Pyöräiletkö?", "de": "Fahren Sie Rad?"},
                "options": [{"value": "yes", "label": {"en": "Yes", "fi": "Kyllä", "de": "Ja"}},
                            {"value": "no", "label": {"en": "No", "fi": "En", "de": "Nein"}}]},
               {"kind": "likert", "key": "bike-comfort", "points": 5, "showIf": {"answerKey": "cycles", "values": ["yes"]},
                "text": {"en": "The bike is comfortable", "fi": "Pyörä on mukava", "de": "Das Rad ist bequem"},
                "help": {"en": "Think of your last ride"}},
               {"kind": "instrument", "instrument": "mos"},
               {"kind": "free-text", "key": "comment", "required": false, "maxLength": 200,
                "text": {"en": "Anything else?", "fi": "Muuta?", "de": "Sonst noch etwas?"}}]}""";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;
    @Autowired
    JdbcClient jdbc;

    String pilot;
    String campaign;

    @BeforeEach
    void campaignOfAPilot() throws Exception {
        pilot = "pilot-" + UUID.randomUUID();
        pilots.remember(new Pilot(pilot, Set.of("helsinki", "berlin"), LocalDate.now().minusYears(1), LocalDate.now().plusYears(1)));
        String questionnaire = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(QUESTIONNAIRE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", questionnaire).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        campaign = JsonPath.read(mvc.perform(post("/api/v1/campaigns").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"%s\", \"questionnaireId\": \"%s\", \"version\": 1}".formatted(pilot, questionnaire)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aFinnishTesterSavesADraftIsToldWhatIsMissingAndSubmits(@TempDir Path profile) throws Exception {
        String token = tester("helsinki", "fi");
        try (var browser = Browser.open(port, profile)) {
            browser.get("/feedback/t/" + token);
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fi");
            assertThat(browser.heading()).isEqualTo("Kyselysi");
            assertThat(browser.find(By.cssSelector("#campaign-" + campaign + " .state")).getText()).isEqualTo("Avoinna");
            assertThat(browser.find(By.id("my-data")).getDomAttribute("href")).isEqualTo("/feedback/t/" + token + "/my-data");
            browser.find(By.cssSelector("#campaign-" + campaign + " a")).click();

            browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Kaupunkipyöräpilotti"));
            var comfort = browser.find(By.id("item-bike-comfort"));
            assertThat(comfort.isDisplayed()).as("asked only of cyclists").isFalse();
            assertThat(browser.find(By.cssSelector("#field-nps legend")).getText()).contains("suosittelisit");
            browser.find(By.cssSelector("label[for=nps-9]")).click();
            browser.find(By.cssSelector("label[for=cycles-yes]")).click();
            browser.await().until(ExpectedConditions.visibilityOf(comfort));
            browser.screenshot("tester-fi-1-conditional-item-shown");
            browser.find(By.id("save-draft")).click();
            assertThat(browser.find(By.id("notice")).getText()).startsWith("Luonnoksesi on tallennettu");

            browser.get("/feedback/t/" + token);
            assertThat(browser.find(By.cssSelector("#campaign-" + campaign + " .state")).getText()).isEqualTo("Luonnos tallennettu");
            browser.get("/feedback/t/" + token + "/campaigns/" + campaign);
            assertThat(browser.find(By.id("nps-9")).isSelected()).as("draft resumed").isTrue();
            assertThat(browser.find(By.id("cycles-yes")).isSelected()).isTrue();

            browser.fill("comment", "<b>Hyvä</b> & nopea");
            browser.find(By.id("submit")).click();
            var summary = browser.find(By.id("error-summary"));
            assertThat(summary.getText()).contains("Tarkista 2 vastausta");
            assertThat(browser.find(By.id("bike-comfort-error")).getText()).isEqualTo("Vastaa tähän kysymykseen.");
            assertThat(browser.find(By.id("mos-error")).getText()).isEqualTo("Vastaa tähän kysymykseen.");
            assertThat(browser.find(By.id("field-mos")).getDomAttribute("aria-describedby")).contains("mos-error");
            assertThat(browser.find(By.id("comment")).getDomProperty("value")).isEqualTo("<b>Hyvä</b> & nopea");
            assertThat(browser.driver().getPageSource()).doesNotContain("<b>Hyvä</b>");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.screenshot("tester-fi-2-errors-on-a-phone");
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);

            browser.find(By.cssSelector("label[for=bike-comfort-4]")).click();
            browser.find(By.cssSelector("label[for=mos-4]")).click();
            browser.find(By.id("submit")).click();
            browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Kiitos!"));
            assertThat(browser.find(By.id("answered")).getText()).contains("Kaupunkipyöräpilotti");
            assertThat(browser.find(By.id("my-data")).getDomAttribute("href")).isEqualTo("/feedback/t/" + token + "/my-data");
            browser.screenshot("tester-fi-3-thank-you");
        }
        assertThat(storedAnswers()).containsEntry("nps", "9").containsEntry("cycles", "yes").containsEntry("bike-comfort", "4")
                .containsEntry("mos", "4").containsEntry("comment", "<b>Hyvä</b> & nopea");
        assertThat(jdbc.sql("SELECT language FROM feedback.response WHERE campaign_id = :c").param("c", UUID.fromString(campaign))
                .query(String.class).single()).isEqualTo("fi");
    }

    @Test
    void aGermanTesterComesBackToTheDraftInANewBrowserAndSubmitsOnce(@TempDir Path first, @TempDir Path second)
            throws Exception {
        String token = tester("berlin", "de");
        try (var browser = Browser.open(port, first)) {
            browser.get("/feedback/t/" + token + "/campaigns/" + campaign);
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
            assertThat(browser.heading()).isEqualTo("Stadtrad-Pilot");
            browser.find(By.cssSelector("label[for=cycles-no]")).click();
            browser.find(By.cssSelector("label[for=mos-2]")).click();
            browser.find(By.id("submit")).click();
            assertThat(browser.find(By.id("nps-error")).getText()).isEqualTo("Bitte beantworten Sie diese Frage.");
            assertThat(browser.driver().getTitle()).startsWith("Bitte prüfen Sie Ihre Antworten");
            browser.screenshot("tester-de-1-error");
            browser.find(By.id("save-draft")).click();
            assertThat(browser.find(By.id("notice")).getText()).startsWith("Ihr Entwurf ist gespeichert");
        }
        try (var browser = Browser.open(port, second)) {
            browser.get("/feedback/t/" + token);
            assertThat(browser.heading()).isEqualTo("Ihre Fragebögen");
            browser.find(By.cssSelector("#campaign-" + campaign + " a")).click();
            browser.await().until(ExpectedConditions.elementSelectionStateToBe(By.id("cycles-no"), true));
            assertThat(browser.find(By.id("mos-2")).isSelected()).isTrue();
            assertThat(browser.find(By.id("item-bike-comfort")).isDisplayed()).isFalse();
            browser.find(By.cssSelector("label[for=nps-7]")).click();
            browser.find(By.id("submit")).click();
            browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Vielen Dank!"));
            browser.screenshot("tester-de-2-thank-you");

            browser.get("/feedback/t/" + token + "/campaigns/" + campaign);
            assertThat(browser.heading()).isEqualTo("Sie haben diesen Fragebogen bereits beantwortet");
        }
        assertThat(storedAnswers()).isEqualTo(Map.of("nps", "7", "cycles", "no", "mos", "2"));
    }

    @Test
    void withoutJavaScriptAnAnswerToAnItemNotAskedIsLeftOut() throws Exception {
        String token = tester("helsinki", "fi");
        mvc.perform(post("/feedback/t/{token}/campaigns/{id}", token, campaign).with(csrf())
                        .param("nps", "10").param("cycles", "no").param("bike-comfort", "5").param("mos", "5").param("comment", " ")
                        .param("action", "submit"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/feedback/t/" + token + "/campaigns/" + campaign + "/thanks"));
        assertThat(storedAnswers()).isEqualTo(Map.of("nps", "10", "cycles", "no", "mos", "5"));

        mvc.perform(get("/feedback/t/{token}/campaigns/{id}/thanks", token, campaign))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(containsString("lang=\"fi\""), containsString("Kiitos!"),
                        containsString("/feedback/t/" + token + "/my-data"))));
    }

    @Test
    void withoutJavaScriptTheConditionIsExplainedAndAnUnansweredConditionalItemIsRequired() throws Exception {
        String token = tester("helsinki", "fi");
        mvc.perform(get("/feedback/t/{token}/campaigns/{id}", token, campaign))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-show-if-key=\"cycles\""),
                        containsString("Vastaa tähän vain, jos vastasit ”Kyllä” kysymykseen ”Pyöräiletkö?”."),
                        containsString("Think of your last ride"), containsString("<legend>"))));
        mvc.perform(post("/feedback/t/{token}/campaigns/{id}", token, campaign).with(csrf())
                        .param("nps", "10").param("cycles", "yes").param("mos", "11").param("action", "submit"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"bike-comfort-error\""),
                        containsString("Valitse jokin asteikon kohdista."), containsString("Vastaa tähän kysymykseen."))));
        assertThat(storedAnswers()).isEmpty();
    }

    @Test
    void refusesASecondSubmissionAFormWithoutCsrfTokenAndStrangers() throws Exception {
        String token = tester("helsinki", "fi");
        mvc.perform(post("/feedback/t/{token}/campaigns/{id}", token, campaign)
                        .param("nps", "10").param("cycles", "no").param("mos", "5"))
                .andExpect(status().isForbidden());
        assertThat(storedAnswers()).isEmpty();

        var answers = Map.of("nps", "10", "cycles", "no", "mos", "5");
        submit(token, answers).andExpect(status().isSeeOther());
        submit(token, Map.of("nps", "0", "cycles", "no", "mos", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Olet jo vastannut tähän kyselyyn")));
        assertThat(storedAnswers()).isEqualTo(answers);

        String stranger = tester("berlin", "de");
        String otherPilot = "pilot-" + UUID.randomUUID();
        pilots.remember(new Pilot(otherPilot, Set.of("berlin"), LocalDate.now(), LocalDate.now().plusDays(5)));
        jdbc.sql("UPDATE feedback.tester SET pilot_id = :p WHERE token_sha256 = :t").param("p", otherPilot)
                .param("t", TesterToken.sha256(stranger)).update();
        mvc.perform(get("/feedback/t/{token}/campaigns/{id}", stranger, campaign))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We do not recognise this link")));
        mvc.perform(get("/feedback/t/{token}", "not-a-token"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(allOf(containsString("We do not recognise this link"), not(containsString("Kyselysi")))));
    }

    @Test
    void aClosedCampaignGetsA410PageInTheTestersLanguage() throws Exception {
        String token = tester("berlin", "de");
        var closed = OffsetDateTime.of(2026, 1, 31, 18, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("UPDATE feedback.campaign SET opens_at = :o, closes_at = :c WHERE id = :id")
                .param("o", closed.minusDays(30)).param("c", closed).param("id", UUID.fromString(campaign)).update();
        mvc.perform(get("/feedback/t/{token}/campaigns/{id}", token, campaign))
                .andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("lang=\"de\""), containsString("Dieser Fragebogen ist geschlossen"),
                        containsString("2026-01-31 18:00 UTC"))));
        submit(token, Map.of("nps", "10", "cycles", "no", "mos", "5")).andExpect(status().isGone());
        mvc.perform(get("/feedback/t/{token}", token))
                .andExpect(content().string(containsString("Geschlossen")));
    }

    private ResultActions submit(String token, Map<String, String> answers) throws Exception {
        var request = post("/feedback/t/{token}/campaigns/{id}", token, campaign).with(csrf()).param("action", "submit");
        answers.forEach(request::param);
        return mvc.perform(request);
    }

    /** A tester of the pilot in the city who speaks the language; returns their personal token. */
    private String tester(String city, String language) {
        String token = UUID.randomUUID().toString();
        testers.enrol(new Tester("enrolment-" + UUID.randomUUID(), "tester-" + UUID.randomUUID().toString().substring(0, 8),
                pilot, city, language, "phone", "android", null, List.of(new ConsentRecord("participation", 1)),
                TesterToken.sha256(token), Instant.now().minusSeconds(86_400), null));
        return token;
    }

    /** The campaign's stored answers by key, as text. */
    private Map<String, String> storedAnswers() {
        var answers = new HashMap<String, String>();
        jdbc.sql("""
                SELECT a.answer_key, COALESCE(CAST(a.whole_value AS VARCHAR(12)), a.text_value) AS answer
                FROM feedback.response_answer a JOIN feedback.response r ON r.id = a.response_id WHERE r.campaign_id = :c""")
                .param("c", UUID.fromString(campaign))
                .query((ResultSet rs) -> {
                    answers.put(rs.getString("answer_key"), rs.getString("answer"));
                });
        return answers;
    }
}
