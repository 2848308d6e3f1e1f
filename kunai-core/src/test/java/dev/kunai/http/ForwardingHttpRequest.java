package dev.kunai.http;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Test helper: an {@link HttpRequest} that forwards every call to another; subclasses override what they change. */
public class ForwardingHttpRequest implements HttpRequest {

    private final HttpRequest delegate;

    /** Forwards to {@code delegate}. */
    public ForwardingHttpRequest(HttpRequest delegate) {
        this.delegate = delegate;
    }

    @Override
    public String method() {
        return delegate.method();
    }

    @Override
    public String path() {
        return delegate.path();
    }

    @Override
    public String query() {
        return delegate.query();
    }

    @Override
    public Optional<String> header(String name) {
        return delegate.header(name);
    }

    @Override
    public List<String> headers(String name) {
        return delegate.headers(name);
    }

    @Override
    public List<HttpHeader> allHeaders() {
        return delegate.allHeaders();
    }

    @Override
    public long contentLength() {
        return delegate.contentLength();
    }

    @Override
    public InputStream body() {
        return delegate.body();
    }

    @Override
    public String remoteAddress() {
        return delegate.remoteAddress();
    }
}
