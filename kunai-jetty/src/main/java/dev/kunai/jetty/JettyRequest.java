package dev.kunai.jetty;

import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A cheap {@link HttpRequest} view over Jetty's core {@link Request}: every accessor reads Jetty's already
 * parsed request on demand; nothing is copied unless asked for.
 */
final class JettyRequest implements HttpRequest {

    private final Request request;
    private InputStream body;

    JettyRequest(Request request) {
        this.request = request;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        String path = request.getHttpURI().getPath();
        return path == null ? "" : path;
    }

    @Override
    public String query() {
        String query = request.getHttpURI().getQuery();
        return query == null ? "" : query;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    @Override
    public List<String> headers(String name) {
        return Collections.unmodifiableList(request.getHeaders().getValuesList(name));
    }

    @Override
    public List<HttpHeader> allHeaders() {
        HttpFields fields = request.getHeaders();
        List<HttpHeader> all = new ArrayList<>(fields.size());
        for (HttpField field : fields) {
            all.add(new HttpHeader(field.getName(), field.getValue()));
        }
        return Collections.unmodifiableList(all);
    }

    @Override
    public long contentLength() {
        HttpFields fields = request.getHeaders();
        long declared = fields.getLongField(org.eclipse.jetty.http.HttpHeader.CONTENT_LENGTH);
        if (declared >= 0) {
            return declared;
        }
        // HTTP/1.1: without Content-Length or Transfer-Encoding a request has no body.
        return fields.contains(org.eclipse.jetty.http.HttpHeader.TRANSFER_ENCODING) ? -1 : 0;
    }

    @Override
    public InputStream body() {
        if (body == null) {
            body = Content.Source.asInputStream(request);
        }
        return body;
    }

    @Override
    public String remoteAddress() {
        return Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
    }

    @Override
    public String toString() {
        return method() + " " + request.getHttpURI().getPathQuery();
    }
}
