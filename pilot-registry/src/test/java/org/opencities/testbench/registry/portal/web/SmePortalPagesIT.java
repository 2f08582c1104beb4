package org.opencities.testbench.registry.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.registry.Browser;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor registers an SME in headless Chromium, confirms the address through the link on the
 * outbox's developer page, logs in, adds an app and follows a pilot. Screenshots of each step land
 * in {@code target/screenshots}.
 */
@SpringBootTest(classes = RegistryTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SmePortalPagesIT {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    PilotLifecycle pilots;

    @TempDir
    Path profile;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void registersConfirmsLogsInAddsAnAppAndFollowsAPilot() {
        String email = "aino-" + UUID.randomUUID() + "@example.com";

        register("Ääni <b>Labs</b> Oy", email);
        browser.screenshot("accounts-01-sent");
        assertThat(browser.find(By.cssSelector("p.notice")).getText()).contains(email);

        String link = confirmationLink(email);
        browser.screenshot("accounts-02-dev-mail");
        browser.driver().get(link);
        browser.find(By.id("confirm-submit")).click();
        assertThat(browser.find(By.id("confirm-done")).getText()).isEqualTo("Your account is confirmed. You can now log in.");
        browser.screenshot("accounts-03-confirmed");

        browser.find(By.id("confirm-login")).click();
        browser.await().until(ExpectedConditions.urlContains("/login"));
        browser.fill("username", email);
        browser.fill("password", PASSWORD);
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.await().until(ExpectedConditions.urlContains("/sme"));
        // Markup typed into the name is shown as text, not interpreted.
        assertThat(browser.find(By.cssSelector("article h2")).getText()).isEqualTo("Ääni <b>Labs</b> Oy");
        browser.screenshot("accounts-04-dashboard-empty");
        String organisation = organisationShown();

        browser.find(By.linkText("Add an app")).click();
        browser.fill("app-name", "Parking <script>alert(1)</script>");
        browser.fill("app-downstreamGuaranteedKbps", "20000");
        browser.fill("app-downstreamMaximumKbps", "10000");
        browser.find(By.id("app-submit")).click();
        var error = browser.find(By.id("app-downstreamGuaranteedKbps-error"));
        assertThat(error.getText()).startsWith("This network profile cannot be provisioned:").contains("exceeds the maximum");
        assertThat(browser.find(By.id("app-downstreamGuaranteedKbps")).getDomAttribute("aria-describedby"))
                .isEqualTo("app-downstreamGuaranteedKbps-error");
        browser.screenshot("accounts-05-impossible-profile");

        browser.fill("app-downstreamGuaranteedKbps", "5000");
        browser.find(By.id("app-submit")).click();
        browser.await().until(ExpectedConditions.urlContains("/sme/apps/"));
        assertThat(browser.heading()).isEqualTo("Parking <script>alert(1)</script>");
        browser.screenshot("accounts-06-app");
        String appId = browser.driver().getCurrentUrl().replaceAll(".*/sme/apps/", "");

        var pilot = pilots.submit(appId, organisation, List.of("helsinki"), 20,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30),
                new RequiredNetwork(new RequiredNetwork.Bandwidth(5_000, 10_000), new RequiredNetwork.Bandwidth(0, 2_000),
                        100, 30, 0.01), "lab-helsinki");
        browser.get("/sme");
        assertThat(browser.find(By.cssSelector("ul.apps")).getText()).contains("Parking <script>alert(1)</script>");
        assertThat(browser.find(By.cssSelector("table.pilots")).getText()).contains(pilot.id().value(), "SUBMITTED");
        browser.screenshot("accounts-07-dashboard");

        browser.find(By.linkText(pilot.id().value())).click();
        assertThat(browser.find(By.id("pilot-state")).getText()).isEqualTo("SUBMITTED");
        assertThat(browser.find(By.id("pilot-audit")).getText()).contains("lab-helsinki", "submitted");
        browser.screenshot("accounts-08-pilot");
    }

    @Test
    void refusesAConfirmationLinkUsedAlreadyInThePageLanguage() {
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        register("Twice Oy", email);
        String link = confirmationLink(email);
        browser.driver().get(link);
        browser.find(By.id("confirm-submit")).click();
        browser.find(By.id("confirm-done"));

        browser.driver().get(link);

        assertThat(browser.find(By.id("confirm-refused")).getText())
                .isEqualTo("This link was used already. Your account is confirmed: log in.");
        assertThat(browser.driver().findElements(By.id("confirm-submit"))).isEmpty();
        browser.screenshot("accounts-09-link-used");
    }

    @Test
    void showsEachBadFieldNextToItAndKeepsWhatWasTyped() {
        browser.get("/register");
        browser.fill("organisation-name", "Half Oy");
        browser.fill("organisation-country", "DE");
        browser.fill("organisation-vatId", "DE12");
        browser.fill("user-password", "short");
        browser.find(By.cssSelector("form.form button[type=submit]")).click();

        assertThat(browser.find(By.id("user-password-error")).getText()).isEqualTo("The password must have 12 to 72 characters.");
        assertThat(browser.find(By.id("user-email-error")).getText()).isEqualTo("Please fill in this field.");
        assertThat(browser.find(By.id("organisation-name")).getDomProperty("value")).isEqualTo("Half Oy");
        assertThat(browser.find(By.id("user-password")).getDomAttribute("aria-describedby"))
                .isEqualTo("user-password-hint user-password-error");
        browser.screenshot("accounts-10-bad-fields");

        browser.fill("organisation-contactEmail", "office@half.example");
        browser.fill("user-email", "half-" + UUID.randomUUID() + "@example.com");
        browser.fill("user-displayName", "Half");
        browser.fill("user-password", PASSWORD);
        browser.find(By.cssSelector("form.form button[type=submit]")).click();

        assertThat(browser.find(By.id("organisation-vatId-error")).getText())
                .isEqualTo("This VAT id does not have the format of the chosen country.");
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways() {
        String email = "phone-" + UUID.randomUUID() + "@example.com";
        register("Puhelin Oy", email);
        browser.driver().manage().window().setSize(new Dimension(390, 844));

        for (String page : List.of("/register", "/dev/mail", "/register/confirm?token=forged")) {
            browser.get(page);
            assertThat(pageWidthOverflow()).as("sideways overflow of %s", page).isZero();
        }
        browser.get("/register");
        browser.screenshot("accounts-11-phone-register");
    }

    private long pageWidthOverflow() {
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    private void register(String organisation, String email) {
        browser.get("/register");
        assertThat(browser.heading()).isEqualTo("Register your organisation");
        browser.fill("organisation-name", organisation);
        browser.fill("organisation-country", "FI");
        browser.fill("organisation-vatId", "FI12345678");
        browser.fill("organisation-contactEmail", "office@example.com");
        browser.fill("user-email", email);
        browser.fill("user-displayName", "Aino Virtanen");
        browser.fill("user-password", PASSWORD);
        new Select(browser.find(By.id("user-language"))).selectByValue("en");
        browser.find(By.cssSelector("form.form button[type=submit]")).click();
        browser.await().until(ExpectedConditions.urlContains("/register/sent"));
    }

    private String confirmationLink(String email) {
        browser.get("/dev/mail");
        var mail = browser.driver().findElements(By.cssSelector("article.mail-item")).stream()
                .filter(item -> item.findElement(By.cssSelector(".mail-to")).getText().equals(email))
                .findFirst().orElseThrow();
        return mail.findElement(By.cssSelector("a.mail-link")).getDomAttribute("href");
    }

    private String organisationShown() {
        return browser.find(By.cssSelector("article[id^=organisation-]")).getDomAttribute("id")
                .replaceFirst("organisation-", "");
    }
}
