package dev.kunai.test.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI (5.x) as a user drives it, for browser tests: expand an operation, "Try it out", type a body, Execute and
 * read the live response; open the Authorize dialog, enter a credential for one security scheme, Authorize, Close.
 * Every step waits for the page ({@link WebDriverWait}, never a fixed sleep), up to {@link #TIMEOUT}.
 */
public final class SwaggerUiPage {

    /** How long a step may wait for the page (generous: builds share a small, loaded machine). */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final By LIVE_STATUS = By.cssSelector(".live-responses-table .response .response-col_status");
    private static final By LIVE_BODY =
            By.cssSelector(".live-responses-table .response-col_description .highlight-code pre");
    private static final By MODAL = By.cssSelector(".modal-ux");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private SwaggerUiPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** Opens the Swagger UI at {@code docsUrl} (e.g. {@code http://127.0.0.1:PORT/api/docs}) and waits for its operations. */
    public static SwaggerUiPage open(HeadlessChromium browser, String docsUrl) {
        SwaggerUiPage page = new SwaggerUiPage(browser.driver());
        page.driver.get(docsUrl);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock")));
        return page;
    }

    /**
     * A live response: its status as Swagger UI shows it, and its body as shown (pretty-printed JSON, or empty).
     *
     * @param status the HTTP status code
     * @param body the response body text, empty when there is none
     */
    public record Response(int status, String body) {}

    /**
     * Expands the operation {@code method} (lower case, e.g. {@code "get"}) on {@code path} (as the document spells
     * it, e.g. {@code /api/notes/me}) and presses "Try it out".
     */
    public SwaggerUiPage tryItOut(String method, String path) {
        WebElement operation = operation(method, path);
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        operation(method, path).findElement(By.cssSelector("button.try-out__btn"))))
                .click();
        wait.until(
                ExpectedConditions.visibilityOf(operation(method, path).findElement(By.cssSelector("button.execute"))));
        return this;
    }

    /** Replaces the JSON request body of an operation that is in "Try it out" mode. */
    public SwaggerUiPage body(String method, String path, String json) {
        WebElement body = wait.until(ExpectedConditions.visibilityOf(
                operation(method, path).findElement(By.cssSelector("textarea.body-param__text"))));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys(json);
        return this;
    }

    /**
     * Presses Execute and waits for the live response, then presses Clear so that the next Execute's response is
     * the one read (not the previous one still on the page).
     */
    public Response execute(String method, String path) {
        operation(method, path).findElement(By.cssSelector("button.execute")).click();
        WebElement status = wait.until(driver -> operation(method, path).findElements(LIVE_STATUS).stream()
                .filter(element -> !element.getText().isBlank())
                .findFirst()
                .orElse(null));
        int code = Integer.parseInt(status.getText().strip());
        String body = operation(method, path).findElements(LIVE_BODY).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
        operation(method, path).findElement(By.cssSelector("button.btn-clear")).click();
        wait.until(driver -> operation(method, path).findElements(LIVE_STATUS).isEmpty());
        return new Response(code, body);
    }

    /**
     * Opens the Authorize dialog, types {@code value} into the security scheme named {@code scheme} (its name in
     * {@code components.securitySchemes}), presses Authorize, waits for the scheme to show "Authorized", and closes
     * the dialog.
     */
    public SwaggerUiPage authorize(String scheme, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper button.authorize")))
                .click();
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(MODAL));
        By schemeBlock =
                By.xpath("//div[contains(@class,'modal-ux')]//div[h4/code[normalize-space()='" + scheme + "']]");
        WebElement block = wait.until(ExpectedConditions.visibilityOfElementLocated(schemeBlock));
        block.findElement(By.cssSelector("input")).sendKeys(value);
        block.findElement(By.xpath("ancestor::form[1]//button[contains(@class,'authorize')]"))
                .click();
        wait.until(driver -> driver.findElement(schemeBlock).findElements(By.tagName("h6")).stream()
                .anyMatch(h6 -> h6.getText().strip().equals("Authorized")));
        modal.findElement(By.cssSelector("button.btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(MODAL));
        return this;
    }

    private WebElement operation(String method, String path) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".opblock.opblock-" + method + ":has(.opblock-summary-path[data-path='" + path + "'])")));
    }
}
