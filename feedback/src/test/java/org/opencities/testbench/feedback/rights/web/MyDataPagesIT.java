package org.opencities.testbench.feedback.rights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import com.jayway.jsonpath.JsonPath;

/**
 * A Finnish tester's "my data" pages from the personal link in headless Chromium whose language is
 * English: the pages are in the tester's language (Finnish) all the same; the tester downloads their
 * data and erases it, after which the link answers 410 in the language of whoever opens it (no tester
 * is known any more). Against the feedback module on a random port with real H2.
 */
@SpringBootTest(classes = FeedbackTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MyDataPagesIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

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
    @Autowired
    JsonMapper json;
    @Autowired
    MessageSource messages;

    @Test
    void aFinnishTesterDownloadsTheirDataErasesItAndTheLinkIsGone(@TempDir Path profile) throws Exception {
        String pilot = "pilot-" + UUID.randomUUID();
        pilots.remember(new Pilot(pilot, Set.of("helsinki"), LocalDate.now().minusDays(10), LocalDate.now().plusDays(30)));
        String campaign = npsCampaign(pilot);
        String pseudonym = "tester-" + UUID.randomUUID().toString().substring(0, 8);
        String token = UUID.randomUUID().toString();
        testers.enrol(new Tester("enrolment-" + UUID.randomUUID(), pseudonym, pilot, "helsinki", "fi", "phone", "android",
                null, List.of(new ConsentRecord("participation", 1)), TesterToken.sha256(token),
                Instant.now().minusSeconds(3_600), null));
        mvc.perform(post("/api/v1/campaigns/{id}/responses", campaign).header(TesterToken.HEADER, token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fi\", \"answers\": {\"nps\": 8}}"))
                .andExpect(status().isCreated());

        try (var browser = Browser.open(port, profile, "en")) {
            browser.get("/feedback/t/" + token + "/my-data");
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fi");
            assertThat(browser.heading()).isEqualTo(finnish("mydata.heading"))
                    .isNotEqualTo(messages.getMessage("mydata.heading", null, Locale.ENGLISH));
            assertThat(browser.find(By.id("pseudonym")).getText()).isEqualTo(pseudonym);
            assertThat(browser.find(By.id("responses")).getText()).isEqualTo("1");

            browser.find(By.id("download")).click();
            var download = Browser.downloads(profile).resolve("my-feedback-data.json");
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.isRegularFile(download) && Files.size(download) > 0);
            var data = json.readTree(Files.readString(download));
            assertThat(data.path("enrolments").path(0).path("pseudonym").asString()).isEqualTo(pseudonym);
            assertThat(data.path("responses").path(0).path("campaignId").asString()).isEqualTo(campaign);
            assertThat(data.path("responses").path(0).path("scores").path("nps").asDouble()).isEqualTo(8.0);

            browser.find(By.id("erase")).click();
            assertThat(browser.heading()).isEqualTo(finnish("mydata.confirm.heading"));
            browser.screenshot("my-data-fi-1-confirm-erasure");
            browser.find(By.cssSelector("label[for=confirm]")).click();
            browser.find(By.id("erase-now")).click();
            assertThat(browser.heading()).isEqualTo(finnish("mydata.erased.heading"));
            assertThat(browser.find(By.id("erased")).getText()).startsWith("1 ");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback.tester WHERE pseudonym = :p").param("p", pseudonym)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback.response WHERE campaign_id = :c AND tester = :p")
                    .param("c", UUID.fromString(campaign)).param("p", pseudonym).query(Long.class).single()).isZero();

            browser.get("/feedback/t/" + token + "/my-data");
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(browser.heading()).isEqualTo(messages.getMessage("mydata.problem.erased.heading", null, Locale.ENGLISH));
            browser.screenshot("my-data-fi-2-link-gone-in-the-browsers-language");
        }
        mvc.perform(get("/feedback/t/{token}/my-data", token).header("Accept-Language", "fi"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString(finnish("mydata.problem.erased.heading"))));
    }

    private String finnish(String code) {
        return messages.getMessage(code, null, FINNISH);
    }

    /** A campaign of the pilot, open now, asking only NPS, in English and Finnish. */
    private String npsCampaign(String pilot) throws Exception {
        String questionnaire = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": {"en": "Bike pilot", "fi": "Pyöräpilotti"}, "languages": ["en", "fi"],
                                 "items": [{"kind": "instrument", "instrument": "nps"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", questionnaire).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        return JsonPath.read(mvc.perform(post("/api/v1/campaigns").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"%s\", \"questionnaireId\": \"%s\", \"version\": 1}".formatted(pilot, questionnaire)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
