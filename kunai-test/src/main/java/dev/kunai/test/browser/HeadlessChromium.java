package dev.kunai.test.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.opentest4j.TestAbortedException;

/**
 * Headless Chromium driven through the system's ChromeDriver (Debian {@code chromium} + {@code chromium-driver}),
 * with a fresh profile and the browser's network log on, so a test can see every request the page made.
 * When either program is missing the test is skipped with a clear message, unless {@code CI} is set: then it fails.
 *
 * <p>Selenium is an optional dependency of kunai-test: a module that drives the browser adds
 * {@code selenium-chrome-driver} and {@code selenium-support} to its test dependencies. Use one browser per test
 * and close it ({@code try}-with-resources or {@code @AfterEach}).
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The Chromium binary (override with {@code KUNAI_CHROMIUM}). */
    public static final String CHROMIUM = env("KUNAI_CHROMIUM", "/usr/bin/chromium");
    /** The ChromeDriver binary (override with {@code KUNAI_CHROMEDRIVER}). */
    public static final String CHROMEDRIVER = env("KUNAI_CHROMEDRIVER", "/usr/bin/chromedriver");

    /** Selenium warns that it has no DevTools bindings for this Chromium version; the test does not use them. */
    private static final java.util.logging.Logger CDP_FINDER_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_FINDER_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips (no CI) / fails (CI) when Chromium or ChromeDriver is not installed. */
    public static HeadlessChromium start() {
        requireExecutable("Chromium", CHROMIUM);
        requireExecutable("ChromeDriver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("kunai-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,1600",
                        "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // Network events only: every request the browser sends shows up as Network.requestWillBeSent.
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
            return new HeadlessChromium(driver, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /** The driver, for pages and waits. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Every URL the browser has requested since the last call (from the DevTools network log). */
    public List<String> requestedUrls() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> entry.getMessage())
                .map(HeadlessChromium::requestUrl)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<String> requestUrl(String logMessage) {
        try {
            var message = dev.kunai.json.Json.mapper().readTree(logMessage).path("message");
            if (!message.path("method").asText().equals("Network.requestWillBeSent")) {
                return Optional.empty();
            }
            return Optional.of(
                    message.path("params").path("request").path("url").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits the browser and deletes its temporary profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void requireExecutable(String what, String path) {
        if (!Files.isExecutable(Path.of(path))) {
            String message = what + " is not installed at " + path
                    + " (apt-get install chromium chromium-driver, or set KUNAI_CHROMIUM / KUNAI_CHROMEDRIVER)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message + "; CI is set, so this is a failure");
            }
            throw new TestAbortedException(message + "; skipping the browser test because CI is not set");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp profile left behind is harmless
        }
    }
}
