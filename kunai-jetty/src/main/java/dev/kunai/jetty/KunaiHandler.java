package dev.kunai.jetty;

import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty core handler that runs Kunai's {@link RequestHandler} on the virtual thread that read the
 * request (invocation type {@code BLOCKING}) and writes the {@link HttpResponse} it returns.
 */
final class KunaiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(KunaiHandler.class);

    private final RequestHandler handler;
    private final Semaphore permits;
    private final ContentTypes contentTypes = new ContentTypes();

    KunaiHandler(RequestHandler handler, int maxConcurrentRequests) {
        super(Invocable.InvocationType.BLOCKING);
        this.handler = handler;
        this.permits = new Semaphore(maxConcurrentRequests);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpResponse result = invoke(new JettyRequest(request));
        markActive(request);
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.setStatus(result.status());
        copyHeaders(result, response.getHeaders(), head);
        Optional<InputStream> stream = result.stream();
        if (stream.isPresent() && !head) {
            writeStream(stream.get(), request, response, callback);
        } else {
            stream.ifPresent(KunaiHandler::closeQuietly);
            // One write with last=true; Jetty completes the exchange (and keeps the connection) from the callback.
            response.write(true, head ? null : ByteBuffer.wrap(result.body()), callback);
        }
        return true;
    }

    /**
     * Tells Jetty the connection is active again before the response is written. Jetty counts a connection's
     * idleness from its last read, so a handler that ran longer than the idle timeout (or, once a graceful stop
     * has begun, longer than the connector's 1 s shutdown idle timeout) starts its write on a connection that
     * already looks expired; an idle check landing before the first flush then fails the write and the client
     * gets a closed connection instead of its response.
     */
    private static void markActive(Request request) {
        if (request.getConnectionMetaData().getConnection().getEndPoint() instanceof IdleTimeout endPoint) {
            endPoint.notIdle();
        }
    }

    /**
     * Runs the handler within the concurrency cap. The virtual thread pool's own cap also counts Jetty's
     * selector threads, which hand themselves over to requests, so only this semaphore makes it exact.
     */
    private HttpResponse invoke(JettyRequest request) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ErrorBodies.SERVICE_UNAVAILABLE;
        }
        try {
            HttpResponse result = handler.handle(request);
            if (result != null) {
                return result;
            }
            LOG.error("Request handler returned no response for {}", request);
        } catch (Throwable e) {
            return failure(request, e);
        } finally {
            permits.release();
        }
        return ErrorBodies.INTERNAL_SERVER_ERROR;
    }

    /** A slow or vanished client is the client's mistake (408/400); anything else is a bug (500, logged). */
    private static HttpResponse failure(JettyRequest request, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                LOG.debug("Timed out reading the request {}", request, failure);
                return ErrorBodies.REQUEST_TIMEOUT;
            }
            if (cause instanceof EofException) {
                LOG.debug("Client went away during {}", request, failure);
                return ErrorBodies.BAD_REQUEST;
            }
        }
        LOG.error("Request handler failed for {}", request, failure);
        return ErrorBodies.INTERNAL_SERVER_ERROR;
    }

    /**
     * Copies the headers in order and adds {@code Content-Length} for byte bodies. A {@code HEAD} response
     * keeps the {@code Content-Length} the pipeline computed (or none, for a streamed body).
     */
    private void copyHeaders(HttpResponse result, HttpFields.Mutable target, boolean head) {
        List<HttpHeader> headers = result.headers();
        boolean hasLength = false;
        for (int i = 0, n = headers.size(); i < n; i++) {
            HttpHeader header = headers.get(i);
            if (header.name().equals("Content-Type")) {
                target.add(contentTypes.field(header.value()));
            } else {
                target.add(header.name(), header.value());
                hasLength |= header.name().equalsIgnoreCase("Content-Length");
            }
        }
        if (!hasLength && !head && result.stream().isEmpty() && !HttpStatus.hasNoBody(result.status())) {
            target.put(org.eclipse.jetty.http.HttpHeader.CONTENT_LENGTH, result.body().length);
        }
    }

    /** Copies a streamed body with blocking writes (fine on a virtual thread), then closes the stream. */
    private static void writeStream(InputStream body, Request request, Response response, Callback callback) {
        try (InputStream in = body;
                OutputStream out = Response.asBufferedOutputStream(request, response)) {
            in.transferTo(out);
        } catch (Throwable failure) {
            LOG.debug("Streaming response body failed for {}", request, failure);
            callback.failed(failure);
            return;
        }
        callback.succeeded();
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (Exception e) {
            LOG.debug("Closing an unused response stream failed", e);
        }
    }
}
