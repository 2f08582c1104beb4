package org.opencities.testbench.orchestrator.inventory.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's segments page in Debian's headless Chromium: the bars carry the committed and
 * free numbers of the ledger, the city filter and the languages work, and the page fits a phone.
 * Screenshots land in {@code target/screenshots}.
 */
class OperatorSegmentsPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path profile;

    static ConfigurableApplicationContext orchestrator;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed: apt-get install chromium chromium-driver");
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0");
        base = "http://localhost:" + ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
        orchestrator.getBean(CapacityLedger.class).reserve("svc-page-1", "helsinki",
                new Demand(BandwidthProfile.of(300_000, 900_000), BandwidthProfile.of(50_000, 100_000)));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The test process authenticates with HTTP basic; the browser sends the operator's credentials on every request.
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("operator:operator".getBytes()))));
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (orchestrator != null) {
                orchestrator.close();
            }
        }
    }

    @Test
    void showsCommittedAgainstFreeCapacityAsBarsForTheChosenCity() throws IOException {
        open("/operator/segments?lang=en");
        new Select(browser.findElement(By.id("city"))).selectByValue("helsinki");
        browser.findElement(By.cssSelector(".filter button")).click();
        wait.until(ExpectedConditions.urlContains("city=helsinki"));

        var card = browser.findElement(By.id("segment-helsinki-co1-olt2-pon1"));
        var guaranteed = card.findElement(By.cssSelector("[data-direction=downstream] [data-kind=guaranteed] [role=meter]"));
        var numbers = card.findElement(By.cssSelector("[data-direction=downstream] [data-kind=guaranteed] .bar-numbers"));
        var fill = guaranteed.findElement(By.cssSelector(".fill"));

        assertThat(browser.findElements(By.cssSelector(".cards > li"))).hasSize(2);
        assertThat(guaranteed.getAttribute("aria-valuenow")).isEqualTo("300");
        assertThat(guaranteed.getAttribute("aria-valuemax")).isEqualTo("7650");
        assertThat(numbers.getText()).isEqualTo("300 of 7,650 Mbit/s committed, 7,350 free");
        assertThat(fill.getSize().getWidth()).isPositive().isLessThan(guaranteed.getSize().getWidth() / 10);
        assertThat(card.getText()).contains("XGS_PON", "In service");
        screenshot("operator-segments-helsinki");
    }

    @Test
    void pagesThroughEveryCityAndSpeaksFinnishOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/operator/segments?lang=fi&page=2");

            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Segmentit ja kapasiteetti");
            assertThat(browser.findElement(By.cssSelector(".pages")).getText()).contains("Sivu 2 / 2");
            assertThat(browser.findElements(By.cssSelector(".cards > li"))).hasSize(10);
            long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth).isLessThanOrEqualTo(390);
            screenshot("operator-segments-phone-fi");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
            open("/operator/segments?lang=en");
        }
    }

    private static void open(String path) {
        browser.get(base + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
