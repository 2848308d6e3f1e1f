package dev.kunai.docs;

/** The two texts Kunai writes itself: the Swagger UI page (the webjar's index, re-pointed) and its initializer. */
final class Pages {

    private Pages() {}

    /**
     * The webjar's {@code index.html} with its assets loaded from {@code assetBase}, its title set, and the petstore
     * initializer replaced by Kunai's at {@code initializerUrl}.
     */
    static String index(String webjarIndex, String title, String assetBase, String initializerUrl) {
        String page = webjarIndex
                .replace("<title>Swagger UI</title>", "<title>" + html(title) + " - Swagger UI</title>")
                .replace("href=\"./", "href=\"" + assetBase)
                .replace("href=\"index.css\"", "href=\"" + assetBase + "index.css\"")
                .replace("src=\"./swagger-initializer.js\"", "src=\"" + html(initializerUrl) + "\"")
                .replace("src=\"./", "src=\"" + assetBase);
        if (page.contains("./") || page.contains("swagger-initializer.js")) {
            throw new IllegalStateException(
                    "Swagger UI: the webjar's index.html changed shape; update dev.kunai.docs.Pages");
        }
        return page;
    }

    /**
     * Kunai's Swagger UI configuration: the API's document, deep links, "Try it out" against the same server. Its
     * request interceptor echoes a {@code csrftoken} cookie in {@code X-CSRFToken} on unsafe requests, so "Try it
     * out" passes the CSRF check of cookie authentication (kunai-auth's sessions), as Ninja's docs page does.
     */
    static String initializer(String openApiUrl, String oauth2RedirectUrl) {
        return """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({
                    url: %s,
                    dom_id: "#swagger-ui",
                    deepLinking: true,
                    displayRequestDuration: true,
                    persistAuthorization: true,
                    oauth2RedirectUrl: %s,
                    requestInterceptor: function (request) {
                      var token = document.cookie.match(/(?:^|;\\s*)csrftoken=([^;]+)/);
                      if (token && !/^(GET|HEAD|OPTIONS|TRACE)$/i.test(request.method || "GET")) {
                        request.headers["X-CSRFToken"] = decodeURIComponent(token[1]);
                      }
                      return request;
                    },
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                    layout: "BaseLayout"
                  });
                };
                """.formatted(js(openApiUrl), js(oauth2RedirectUrl));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A JavaScript string literal: Jackson's JSON string, with {@code <} escaped so it cannot close a script. */
    private static String js(String text) {
        try {
            return dev.kunai.json.Json.mapper().writeValueAsString(text).replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + text, e);
        }
    }
}
