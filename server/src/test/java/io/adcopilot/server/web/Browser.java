package io.adcopilot.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian {@code chromium} driven through Debian's {@code chromium-driver}, both named by path so that
 * Selenium Manager never looks for (or downloads) a browser or driver. Tests that need it skip when either is not
 * installed; under CI ({@code CI=true}), where {@code .ci/run} installs both, they fail instead, so that a missing
 * install cannot pass as skipped tests.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("adcopilot.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("adcopilot.chromedriver", "/usr/bin/chromedriver"));
    /** Generous: a turn can take a while on a busy two-core machine. */
    private static final Duration WAIT = Duration.ofSeconds(120);

    final ChromeDriver driver;
    final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * Skips the calling test (or class) unless chromium and chromedriver are installed; fails instead under CI. The
     * paths can be changed with {@code -Dadcopilot.chromium=} and {@code -Dadcopilot.chromedriver=}.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI must have " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (.ci/run installs chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
    }

    static Browser open(int port, String language) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1360,1000", "--lang=" + language, "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port);
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Sets localStorage entries for this origin (the page must be open), then reloads. */
    void storage(Map<String, String> entries) {
        driver.executeScript("localStorage.clear(); for (const [k, v] of Object.entries(arguments[0])) localStorage.setItem(k, v);",
                entries);
        driver.navigate().refresh();
    }

    WebElement await(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until there are at least n elements matching css. */
    List<WebElement> awaitCount(String css, int n) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.size() >= n ? found : null;
        });
    }

    /** Clicks an element once scrolled to the middle of the window, clear of the sticky top bar. */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves what the window shows to docs/screenshots/name at the repository root (when run from inside it). */
    void screenshot(String name) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) root = root.getParent();
        if (root == null) return;
        Path dir = root.resolve("docs").resolve("screenshots");
        try {
            Files.createDirectories(dir);
            Thread.sleep(300); // let the page settle (charts draw without animation under automation)
            Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
