package org.opencities.testbench.registry.call.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.registry.Browser;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pilot registry's main journey in a real browser: an SME registers, confirms from the mail,
 * adds an app and applies to the demo call; the Helsinki lab manager starts the evaluation, both
 * Helsinki jurors score, the manager awards the pilot, and pilot.accepted arrives on the broker.
 */
@SpringBootTest(classes = RegistryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "testbench.registry.demo-data=true")
class CallJourneyIT {

    private static final String CALL = "smart-city-services-2027";
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    JsonMapper json;

    @Test
    void anSmeRegistersAddsAnAppAppliesTwoJurorsScoreAndTheAwardedPilotIsAnnounced(@TempDir Path profile) throws Exception {
        try (var browser = Browser.open(port, profile)) {
            browser.get("/calls");
            browser.find(By.cssSelector("#call-" + CALL + " a")).click();
            assertThat(browser.heading()).isEqualTo("Smart city services 2027");
            browser.screenshot("calls-01-public-call");

            String organisation = registerAnSmeWithAnApp(browser);
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
            browser.submitAndAwaitNextPage(By.id("move-" + CALL + "-EVALUATING"));
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
                        if (event.path("organisationId").asString().equals(organisation)) {
                            data = event;
                        }
                    }
                }
                assertThat(data).as("pilot.accepted for the new SME's pilot").isNotNull();
                assertThat(data.path("cities").toString()).isEqualTo("[\"helsinki\",\"oulu\"]");
                assertThat(data.path("plannedTesters").asInt()).isEqualTo(120);
                assertThat(data.path("requirements").path("downstream").path("guaranteedKbps").asLong()).isEqualTo(20_000);
            }
        }
    }

    /**
     * Registers a new SME through the pages, confirms it from the mail on the dev mail page, logs
     * in and adds an app; returns the organisation's id.
     */
    private static String registerAnSmeWithAnApp(Browser browser) {
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        browser.get("/register");
        browser.fill("organisation-name", "Tram Live Oy");
        browser.fill("organisation-country", "FI");
        browser.fill("organisation-vatId", "FI12345678");
        browser.fill("organisation-contactEmail", "office@tram-live.example");
        browser.fill("user-email", email);
        browser.fill("user-displayName", "Aino Virtanen");
        browser.fill("user-password", PASSWORD);
        new Select(browser.find(By.id("user-language"))).selectByValue("en");
        browser.find(By.cssSelector("form.form button[type=submit]")).click();
        browser.await().until(ExpectedConditions.urlContains("/register/sent"));
        browser.screenshot("journey-01-registered");

        browser.get("/dev/mail");
        var mail = browser.driver().findElements(By.cssSelector("article.mail-item")).stream()
                .filter(item -> item.findElement(By.cssSelector(".mail-to")).getText().equals(email))
                .findFirst().orElseThrow();
        browser.driver().get(mail.findElement(By.cssSelector("a.mail-link")).getDomAttribute("href"));
        browser.find(By.id("confirm-submit")).click();
        assertThat(browser.find(By.id("confirm-done")).getText()).isNotBlank();
        browser.screenshot("journey-02-confirmed");

        browser.logIn(email, PASSWORD);
        browser.get("/sme/apps/new");
        browser.fill("app-name", "Tram Live");
        browser.fill("app-downstreamGuaranteedKbps", "20000");
        browser.fill("app-downstreamMaximumKbps", "100000");
        browser.find(By.id("app-submit")).click();
        browser.await().until(ExpectedConditions.urlContains("/sme/apps/"));
        assertThat(browser.heading()).isEqualTo("Tram Live");
        browser.screenshot("journey-03-app");
        browser.get("/sme");
        return browser.find(By.cssSelector("article[id^=organisation-]")).getDomAttribute("id")
                .replaceFirst("organisation-", "");
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
