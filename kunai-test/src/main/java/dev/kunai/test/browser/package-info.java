/**
 * Real-browser testing of Swagger UI: {@link dev.kunai.test.browser.HeadlessChromium} starts Debian's headless
 * Chromium through Selenium (skipped without it unless {@code CI} is set) and {@link dev.kunai.test.browser.SwaggerUiPage}
 * drives the docs page: Try it out, Execute, Authorize.
 */
package dev.kunai.test.browser;
