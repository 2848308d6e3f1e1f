package dev.kunai.bench.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kunai.bench.books.BookCreateSchema;
import dev.kunai.bench.books.BookPage;
import dev.kunai.bench.books.BookSchema;
import dev.kunai.bench.books.Message;
import dev.kunai.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The whole Books HTTP contract on one Jetty core handler, dispatched with a {@code switch} on the path: the
 * hand-written "limit" Kunai is measured against. Runs on the virtual thread that read the request.
 */
final class BooksHandler extends Handler.Abstract {

    /** Largest accepted request body, in bytes. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final System.Logger LOG = System.getLogger(BooksHandler.class.getName());
    private static final PreEncodedHttpField JSON =
            new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final PreEncodedHttpField ALLOW_GET = new PreEncodedHttpField(HttpHeader.ALLOW, "GET");
    private static final PreEncodedHttpField ALLOW_GET_POST = new PreEncodedHttpField(HttpHeader.ALLOW, "GET, POST");

    private final BookStore store;
    private final BookPages pages;
    private final ObjectWriter pageWriter;
    private final ObjectWriter messageWriter;
    private final ObjectWriter bookWriter;
    private final ObjectWriter bookListWriter;
    private final ObjectWriter detailWriter;
    private final ObjectWriter validationWriter;
    private final ObjectReader createReader;

    private BooksHandler(BookStore store, BookPages pages, ObjectMapper mapper) {
        super(InvocationType.BLOCKING);
        this.store = store;
        this.pages = pages;
        this.pageWriter = mapper.writerFor(BookPage.class);
        this.messageWriter = mapper.writerFor(Message.class);
        this.bookWriter = mapper.writerFor(BookSchema.class);
        this.bookListWriter = mapper.writerFor(new TypeReference<List<BookSchema>>() {});
        this.detailWriter = mapper.writerFor(ErrorBodies.Detail.class);
        this.validationWriter = mapper.writerFor(ErrorBodies.Validation.class);
        this.createReader = mapper.readerFor(BookCreateSchema.class);
    }

    /** A handler serving {@code store} and {@code pages}, reading and writing JSON with {@code mapper}'s configuration. */
    static BooksHandler of(BookStore store, BookPages pages, ObjectMapper mapper) {
        return new BooksHandler(store, pages, mapper);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        try {
            switch (request.getHttpURI().getPath()) {
                case "/api/hello" -> {
                    if (HttpMethod.GET.is(method)) {
                        send(response, callback, 200, messageWriter.writeValueAsBytes(Message.HELLO));
                    } else {
                        methodNotAllowed(response, callback, ALLOW_GET);
                    }
                }
                case "/api/books/" -> {
                    if (HttpMethod.GET.is(method)) {
                        send(response, callback, 200, bookListWriter.writeValueAsBytes(store.list()));
                    } else if (HttpMethod.POST.is(method)) {
                        create(request, response, callback);
                    } else {
                        methodNotAllowed(response, callback, ALLOW_GET_POST);
                    }
                }
                case "/api/books/page" -> {
                    if (HttpMethod.GET.is(method)) {
                        page(request, response, callback);
                    } else {
                        methodNotAllowed(response, callback, ALLOW_GET);
                    }
                }
                default -> detail(response, callback, 404, "Not Found");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "Request failed: " + method + " " + request.getHttpURI().getPath(),
                    e);
            if (response.isCommitted()) {
                callback.failed(e);
            } else {
                detail(response, callback, 500, "Internal Server Error");
            }
        }
        return true;
    }

    private void page(Request request, Response response, Callback callback) throws IOException, SQLException {
        PageQuery.Parsed parsed = PageQuery.parse(Request.extractQueryParameters(request));
        if (!parsed.errors().isEmpty()) {
            send(
                    response,
                    callback,
                    422,
                    validationWriter.writeValueAsBytes(new ErrorBodies.Validation(parsed.errors())));
            return;
        }
        PageQuery query = parsed.query();
        send(
                response,
                callback,
                200,
                pageWriter.writeValueAsBytes(pages.page(query.title(), query.limit(), query.offset())));
    }

    private void create(Request request, Response response, Callback callback) throws IOException, SQLException {
        if (request.getLength() > MAX_BODY_BYTES) {
            detail(response, callback, 413, "Request body is too large");
            return;
        }
        BookCreateSchema payload;
        try (InputStream body = Content.Source.asInputStream(request)) {
            payload = createReader.readValue(body);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                detail(response, callback, 400, "Cannot parse request body: expected a JSON object");
            } else {
                send(
                        response,
                        callback,
                        422,
                        validationWriter.writeValueAsBytes(
                                new ErrorBodies.Validation(List.of(CreateValidation.typeMismatch(e)))));
            }
            return;
        } catch (JsonProcessingException e) {
            if (e.getProcessor() instanceof JsonParser) {
                detail(response, callback, 400, "Cannot parse request body" + Json.position(e));
                return;
            }
            throw e;
        }
        List<FieldError> errors = CreateValidation.check(payload);
        if (!errors.isEmpty()) {
            send(response, callback, 422, validationWriter.writeValueAsBytes(new ErrorBodies.Validation(errors)));
            return;
        }
        List<String> tags = payload.tags() == null ? List.of() : payload.tags();
        send(response, callback, 201, bookWriter.writeValueAsBytes(store.create(payload.title(), tags)));
    }

    private void methodNotAllowed(Response response, Callback callback, PreEncodedHttpField allow) throws IOException {
        response.getHeaders().put(allow);
        detail(response, callback, 405, "Method Not Allowed");
    }

    private void detail(Response response, Callback callback, int status, String message) {
        try {
            send(response, callback, status, detailWriter.writeValueAsBytes(new ErrorBodies.Detail(message)));
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
    }

    private static void send(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
