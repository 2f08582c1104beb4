package org.opencities.testbench.orchestrator.singlenode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
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
 * The public and operator pages of the single-node bench in a real browser: Debian's headless
 * Chromium driven by Selenium. Each journey leaves a screenshot in {@code target/screenshots}.
 */
class SingleNodePagesIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final int SEED_CITIES = 11;

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    static ConfigurableApplicationContext bench;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed: apt-get install chromium chromium-driver");
        bench = TestbenchApplication.application().run(
                "--server.port=0",
                "--TESTBENCH_DATA=" + data,
                "--TESTBENCH_REFLECTOR_PORT=0",
                "--TESTBENCH_DEMO_PASSWORD=test-password");
        browser = new ChromeDriver(chromedriver(), headlessChromium());
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (bench != null) {
                bench.close();
            }
        }
    }

    /** Keeps each journey's screenshot, also of a failed one, and leaves the next journey a fresh browser state. */
    @AfterEach
    void screenshotAndForget(TestInfo test) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(DESKTOP);
    }

    @Test
    void listsTheSeedCitiesInEnglishByDefault() {
        open("/");

        assertThat(browser.findElements(By.cssSelector("ul.cards > li.card"))).hasSize(SEED_CITIES);
        assertThat(browser.findElement(By.cssSelector("a.skip")).getDomAttribute("href")).endsWith("#main");
        assertThat(browser.findElements(By.cssSelector("main#main"))).hasSize(1);
        // The page follows the browser's Accept-Language, which is en-US in Chromium.
        assertThat(Locale.forLanguageTag(htmlLang()).getLanguage()).isEqualTo("en");
    }

    @Test
    void switchesToGermanAndRemembersIt() {
        open("/");

        new Select(browser.findElement(By.id("lang"))).selectByVisibleText("Deutsch");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
        assertThat(heading()).isEqualTo("Städte des Netzwerks");

        open("/");

        assertThat(browser.getCurrentUrl()).doesNotContain("lang=");
        assertThat(htmlLang()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Städte des Netzwerks");
    }

    @Test
    void showsProbeAgentsToOperatorsOnly() {
        String agentsHeading = message("i18n/probes.properties", "agents.heading");

        logIn("operator");
        open("/probes/agents");
        assertThat(heading()).isEqualTo(agentsHeading);

        browser.manage().deleteAllCookies();
        logIn("sme-demo");
        open("/probes/agents");

        assertThat(browser.getPageSource()).contains("403");
        assertThat(browser.findElements(By.tagName("h1")))
                .noneSatisfy(h1 -> assertThat(h1.getText()).isEqualTo(agentsHeading));
    }

    @Test
    void fitsAPhoneWithoutHorizontalScrolling() {
        browser.manage().window().setSize(PHONE);

        open("/");

        assertThat(browser.findElements(By.cssSelector("ul.cards > li.card"))).hasSize(SEED_CITIES);
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }

    private static void open(String path) {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    }

    private static void logIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("test-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    private static String htmlLang() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static String url(String path) {
        int port = ((WebServerApplicationContext) bench).getWebServer().getPort();
        return "http://127.0.0.1:" + port + path;
    }

    private static String message(String bundle, String key) {
        var messages = new Properties();
        try (var in = SingleNodePagesIT.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages.getProperty(key);
    }

    private static ChromeDriverService chromedriver() {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
    }

    // Loopback is the only network here: nothing that phones home, no QUIC, no updates.
    private static ChromeOptions headlessChromium() {
        return new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
    }
}
