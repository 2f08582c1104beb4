package org.opencities.testbench.registry.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.registry.Browser;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.invitation.InvitationBatch;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.invitation.Recruitment;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The tester's enrolment pages in headless Chromium and over plain HTTP, against the registry on a random port. */
@SpringBootTest(classes = RegistryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EnrolmentPagesIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    Invitations invitations;

    @Test
    void aTesterEnrolsInFinnishFromTheInvitationLinkWhichThenIsRefused(@TempDir Path profile) throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki", "gent");
        String link = URI.create(issueThroughTheApi(pilot, "en")).getPath();

        try (var browser = Browser.open(port, profile)) {
            browser.get(link);
            assertThat(browser.heading()).isEqualTo("Choose your language");
            browser.screenshot("enrol-1-language");

            browser.find(By.id("language-fi")).click();
            browser.await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fi"));
            assertThat(browser.heading()).isEqualTo("Liity pilottiin");
            assertThat(browser.find(By.id("consent-text-participation")).getText()).contains("nimimerkillä");

            browser.find(By.id("enrol")).click();
            var error = browser.find(By.id("consent-participation-error"));
            assertThat(error.getText()).isEqualTo("Voit osallistua vain, jos hyväksyt osallistumista koskevan tekstin.");
            assertThat(browser.find(By.id("consent-participation")).getDomAttribute("aria-describedby"))
                    .contains("consent-participation-error");
            assertThat(browser.find(By.id("city-error")).getText()).isEqualTo("Valitse jokin pilotin kaupungeista.");
            browser.screenshot("enrol-2-errors-in-finnish");

            browser.find(By.id("consent-participation")).click();
            browser.find(By.id("consent-research")).click();
            new Select(browser.find(By.id("city"))).selectByValue("helsinki");
            new Select(browser.find(By.id("device"))).selectByValue("phone");
            new Select(browser.find(By.id("platform"))).selectByValue("android");
            browser.fill("segmentCode", "helsinki-co1-olt1-pon1");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
            browser.screenshot("enrol-3-form-filled-on-a-phone");
            browser.find(By.id("enrol")).click();

            browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Kiitos, että liityit!"));
            String personalLink = browser.find(By.id("personal-link")).getText();
            assertThat(personalLink).contains("/enrol/me/").endsWith("lang=fi");
            browser.screenshot("enrol-4-thank-you");

            browser.get(URI.create(personalLink).getRawPath() + "?lang=fi");
            assertThat(browser.heading()).isEqualTo("Osallistumisesi");
            assertThat(browser.find(By.id("state")).getText()).isEqualTo("Mukana");
            browser.find(By.id("withdraw")).click();
            browser.await().until(ExpectedConditions.textToBe(By.id("state"), "Peruttu"));
            browser.screenshot("enrol-5-withdrawn");

            browser.get(link);
            assertThat(browser.heading()).isEqualTo("This invitation has been used");
            browser.screenshot("enrol-6-link-used");
        }
        var enrolments = json.readTree(api("GET", "/api/v1/pilots/" + pilot.id().value() + "/enrolments", null).body());
        assertThat(enrolments.path("total").asLong()).isOne();
        assertThat(enrolments.path("items").path(0).path("language").asString()).isEqualTo("fi");
        assertThat(enrolments.path("items").path(0).path("segmentCode").asString()).isEqualTo("helsinki-co1-olt1-pon1");
        assertThat(enrolments.path("items").path(0).path("consents").toString()).contains("participation", "research");
        assertThat(enrolments.path("items").path(0).path("state").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void anExpiredLinkGetsA410PageInTheInvitationsLanguage() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "gent");
        var token = SecretToken.generate();
        var expiry = Instant.parse("2026-01-31T18:00:00Z");
        invitations.add(new InvitationBatch("batch-de-" + pilot.id().value().substring(6), pilot.id(), "de", 1, expiry,
                expiry.minus(30, ChronoUnit.DAYS), "admin", null), List.of(token.hash()), null);

        mvc.perform(get("/enrol/{token}", token.value()))
                .andExpect(status().isGone())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(allOf(containsString("lang=\"de\""),
                        containsString("Diese Einladung ist abgelaufen"), containsString("2026-01-31 18:00 UTC"))));
    }

    @Test
    void anUnknownLinkGetsA404PageAndAUsedOneA409Page() throws Exception {
        mvc.perform(get("/enrol/{token}", SecretToken.generate().value()).param("lang", "sv"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Vi känner inte igen länken")));

        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String token = URI.create(issueThroughTheApi(pilot, "pl")).getPath().substring("/enrol/".length());
        mvc.perform(post("/enrol/{token}", token).with(csrf()).param("lang", "pl").param("city", "helsinki")
                        .param("device", "tv").param("platform", "web").param("consents", "participation:1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dziękujemy za dołączenie!")));
        mvc.perform(get("/enrol/{token}", token))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("To zaproszenie zostało już użyte")));
    }

    @Test
    void refusesAnAddressWithoutContactConsentNextToTheFieldAndEnrolsNobody() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String token = URI.create(issueThroughTheApi(pilot, "es")).getPath().substring("/enrol/".length());

        mvc.perform(post("/enrol/{token}", token).with(csrf()).param("lang", "es").param("city", "helsinki")
                        .param("device", "phone").param("platform", "ios").param("email", "ana@example.org")
                        .param("consents", "participation:1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"email-error\""),
                        containsString("aria-describedby=\"email-hint email-error\""),
                        containsString("Solo guardamos un correo electrónico si aceptas que te contactemos"),
                        containsString("value=\"ana@example.org\""))));
        mvc.perform(get("/enrol/{token}", token).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Únete al piloto")));
    }

    /** Issues one invitation as Helsinki's or Gent's lab manager through the REST API and returns its link. */
    private String issueThroughTheApi(Pilot pilot, String language) throws Exception {
        var response = api("POST", "/api/v1/pilots/" + pilot.id().value() + "/invitations",
                "{\"count\":1,\"expiresAt\":\"%s\",\"language\":\"%s\"}".formatted(
                        Instant.now().plus(14, ChronoUnit.DAYS), language));
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).path("links").path(0).asString();
    }

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
