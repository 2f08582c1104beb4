package org.opencities.testbench.registry.call.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.registry.Browser;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-call journey in a real browser: the demo SME applies to the demo call with its app,
 * the Helsinki lab manager starts the evaluation, both Helsinki jurors score, the manager awards
 * the pilot, and pilot.accepted arrives on the broker.
 */
@SpringBootTest(classes = RegistryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "testbench.registry.demo-data=true")
class CallJourneyIT {

    private static final String CALL = "smart-city-services-2027";

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    JsonMapper json;

    @Test
    void anSmeAppliesTwoJurorsScoreAndTheAwardedPilotIsAnnounced(@TempDir Path profile) throws Exception {
        try (var browser = Browser.open(port, profile)) {
            browser.get("/calls");
            browser.find(By.cssSelector("#call-" + CALL + " a")).click();
            assertThat(browser.heading()).isEqualTo("Smart city services 2027");
            browser.screenshot("calls-01-public-call");

            browser.logIn("sme-demo", "sme-demo");
            browser.get("/sme/calls/" + CALL + "/apply");
            browser.find(By.id("submit-application")).click();
            assertThat(browser.find(By.id("cities-error")).getText()).isNotBlank();
            assertThat(browser.find(By.tagName("fieldset")).getAttribute("aria-describedby")).isEqualTo("cities-error");
            browser.screenshot("calls-02-apply-errors");
            browser.find(By.id("city-helsinki")).click();
            browser.find(By.id("city-oulu")).click();
            browser.fill("plannedTesters", "120");
            setDate(browser, "startDate", LocalDate.now().plusDays(120));
            setDate(browser, "endDate", LocalDate.now().plusDays(210));
            browser.find(By.id("submit-application")).click();
            assertThat(browser.find(By.id("applied")).getText()).isNotBlank();
            browser.screenshot("calls-03-applied");
            browser.logOut();

            browser.logIn("lab-helsinki", "lab");
            browser.get("/lab/calls");
            browser.find(By.id("move-" + CALL + "-EVALUATING")).click();
            assertThat(browser.find(By.cssSelector("#lab-call-" + CALL + " .state")).getText()).isEqualTo("EVALUATING");
            browser.screenshot("calls-04-evaluating");
            score(browser, "8", "7", "9");
            browser.logOut();

            browser.logIn("juror-helsinki", "lab");
            score(browser, "6", "9", "7");
            browser.screenshot("calls-05-scored");
            browser.logOut();

            browser.logIn("lab-helsinki", "lab");
            try (JMSContext jms = connectionFactory.createContext();
                    var consumer = jms.createConsumer(jms.createTopic("testbench.pilot.events"), "ce_type = 'pilot.accepted'")) {
                browser.get("/lab/calls/" + CALL + "/ranking");
                browser.screenshot("calls-06-ranking");
                browser.find(By.cssSelector("input[name=applicationIds]")).click();
                browser.find(By.id("award")).click();
                assertThat(browser.find(By.id("awarded")).getText()).contains("1");
                browser.screenshot("calls-07-awarded");

                JsonNode data = null;
                for (var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); data == null
                        && System.nanoTime() < deadline; ) {
                    var message = (TextMessage) consumer.receive(Duration.ofSeconds(5).toMillis());
                    if (message != null) {
                        var event = json.readTree(message.getText()).path("data");
                        if (event.path("organisationId").asString().equals("sme-demo")) {
                            data = event;
                        }
                    }
                }
                assertThat(data).as("pilot.accepted for the demo SME's pilot").isNotNull();
                assertThat(data.path("cities").toString()).isEqualTo("[\"helsinki\",\"oulu\"]");
                assertThat(data.path("plannedTesters").asInt()).isEqualTo(120);
                assertThat(data.path("requirements").path("downstream").path("guaranteedKbps").asLong()).isEqualTo(20_000);
            }
        }
    }

    /** Scores the call's single application on the jury page as the logged-in juror. */
    private static void score(Browser browser, String... points) {
        browser.get("/lab/calls/" + CALL + "/jury");
        String article = browser.find(By.cssSelector("article[id^=jury-]")).getAttribute("id");
        String application = article.substring("jury-".length());
        for (int i = 0; i < points.length; i++) {
            browser.fill("points-" + application + "-" + i, points[i]);
        }
        browser.fill("comment-" + application, "Clear plan, good fit for the Helsinki segments");
        browser.find(By.id("score-" + application)).click();
        assertThat(browser.find(By.id("scored-" + application)).getText()).isNotBlank();
    }

    /** Date inputs take typed text in the browser's locale format, so the value is set directly. */
    private static void setDate(Browser browser, String id, LocalDate date) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), date.toString());
    }
}
