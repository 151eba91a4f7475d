package vn.partyreview.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Camunda Tasklist in Debian's headless chromium ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver},
 * installed by .ci/run). Screenshots go to {@code target/screenshots}.
 */
public final class TasklistBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    public TasklistBrowser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // The machine has no internet: background networking would only produce refused connections.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
        // generous: the first page load of a JVM serves the webapps' 4 MB of scripts on 2 busy cores
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    public void signIn(String userId, String password) {
        logIn("tasklist", userId, password);
        try {
            visible(By.cssSelector("[cam-tasklist-filters], .filters"));
        } catch (TimeoutException notSignedIn) {
            screenshot("sign-in-failed-" + userId);
            throw notSignedIn;
        }
    }

    /** Signs into Cockpit (same login, another webapp) and waits for its dashboard. */
    public void signIntoCockpit(String userId, String password) {
        logIn("cockpit", userId, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void logIn(String app, String userId, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/camunda/app/" + app + "/default/#/login");
        // The login view may still be re-rendering and take keys typed into the autofocused field: type until
        // both fields hold exactly what was meant.
        By username = By.cssSelector("input[ng-model=username]");
        By secret = By.cssSelector("input[ng-model=password]");
        visible(username);
        wait.until(d -> holds(username, userId) && holds(secret, password));
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private boolean holds(By field, String text) {
        WebElement input = driver.findElement(field);
        if (!text.equals(input.getAttribute("value"))) {
            input.clear();
            input.sendKeys(text);
        }
        return text.equals(driver.findElement(field).getAttribute("value"));
    }

    /** Opens a page of a webapp by its path after {@code /camunda/app/}. */
    public void open(String appPath) {
        driver.get(baseUrl + "/camunda/app/" + appPath);
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
    }

    /** Opens a task from the current filter's list by its name and waits for its Camunda Form. */
    public void openTask(String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'" + taskName + "')]"))).click();
        visible(By.cssSelector(".fjs-form"));
    }

    /** Switches to the shared filter "Việc của nhóm tôi". */
    public void openGroupTasks() {
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'filters')]//a[contains(normalize-space(.),'Việc của nhóm tôi')]"))));
    }

    /** Takes a group task ("Nhận việc"), as Tasklist requires before its form can be completed. */
    public void claimTask() {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        visible(By.cssSelector(".fjs-form"));
    }

    /** Presses the task form's "Hoàn thành" (complete) button. */
    public void completeTask() {
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Hoàn thành']"))));
    }

    /** Picks an option of the form-js select whose label contains {@code labelText}. */
    public void chooseInSelect(String labelText, String optionText) {
        WebElement field = visible(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
                + "[.//label[contains(normalize-space(.),'" + labelText + "')]]"));
        click(field.findElement(By.cssSelector(".fjs-input-group")));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + optionText + "']"))));
    }

    /** Clicks like a user, after scrolling the element into view (through script when a header overlaps it). */
    public void click(WebElement element) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException overlapped) {
            script.executeScript("arguments[0].click();", element);
        }
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    public void waitUntilPageLacks(String text) {
        wait.until(d -> !d.findElement(By.tagName("body")).getText().contains(text));
    }

    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitUntilPageContains(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
