/**
 * JUnit 5 support: {@code @KunaiTest} with the in-process test client and a per-run test database, and the
 * real-browser helpers for Swagger UI (Selenium is optional). See {@code docs/architecture.md#modules}.
 */
module dev.kunai.test {
    requires transitive dev.kunai.core;
    requires transitive dev.kunai.data;
    requires transitive org.junit.jupiter.api;
    requires static org.seleniumhq.selenium.api;
    requires static org.seleniumhq.selenium.chrome_driver;
    requires static org.seleniumhq.selenium.chromium_driver;
    requires static org.seleniumhq.selenium.remote_driver;
    requires static org.seleniumhq.selenium.support;
    requires java.logging;
    requires org.junit.platform.commons;
    requires org.opentest4j;

    exports dev.kunai.test;
    exports dev.kunai.test.browser;
}
