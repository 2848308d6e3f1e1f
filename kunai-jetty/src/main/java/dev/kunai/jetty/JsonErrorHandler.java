package dev.kunai.jetty;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Replaces Jetty's HTML error pages: every error Jetty answers by itself (malformed requests, 414, 431,
 * timeouts, 503 while stopping) gets Kunai's {@code {"detail": "<reason phrase>"}} JSON body, whatever the
 * client's {@code Accept} header says, and never a stack trace or an internal message.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final HttpField CONTENT_TYPE_JSON =
            new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException httpException) {
            status = httpException.getCode();
            response.setStatus(status);
        }
        if (status < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
            response.setStatus(status);
        }
        HttpFields.Mutable headers = response.getHeaders();
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        byte[] body = ErrorBodies.detail(status);
        headers.put(CONTENT_TYPE_JSON);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (HttpMethod.HEAD.is(request.getMethod())) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
        return true;
    }
}
