package dev.kunai.openapi;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.openapi.Fixtures.BookController;
import dev.kunai.operation.BodyModel;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ParamSource;
import dev.kunai.operation.ParameterModel;
import dev.kunai.operation.ResponseModel;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The broad fixture API as operation models, built by hand the way the operation describer builds them. */
final class FixtureApi {

    static final String JSON = "application/json";

    private FixtureApi() {}

    static KunaiApi api() {
        return KunaiApi.builder()
                .title("Fixture API")
                .version("2.0.0")
                .description("Every feature at once.")
                .prefix("/api/")
                .controllers(BookController.class)
                .build();
    }

    static List<OperationModel> operations() {
        Method getBooks = handler("getBooks");
        Method getBook = handler("getBook");
        Method createBook = handler("createBook");
        Method deleteBook = handler("deleteBook");
        Method upload = handler("upload");
        Method legacy = handler("legacy");
        Method byIsbn = handler("byIsbn");
        RecordComponent[] form = Fixtures.UploadForm.class.getRecordComponents();
        return List.of(
                op(
                        "BookController_getBooks",
                        HttpMethod.GET,
                        "/books/",
                        getBooks,
                        List.of(
                                param(getBooks, 0, "limit", ParamSource.QUERY, false, "Page size", "20", "10"),
                                param(getBooks, 1, "search", ParamSource.QUERY, false, null, "tolkien", null),
                                param(getBooks, 2, "genre", ParamSource.QUERY, false, null, null, null),
                                param(getBooks, 3, "sort", ParamSource.QUERY, false, null, null, "\"title\"")),
                        Optional.empty(),
                        List.of(ok(200, getBooks.getGenericReturnType())),
                        "Books"),
                op(
                        "BookController_getBook",
                        HttpMethod.GET,
                        "/books/{id}",
                        getBook,
                        List.of(
                                param(getBook, 0, "id", ParamSource.PATH, true, "Book id", "42", null),
                                param(getBook, 1, "X-Request-Id", ParamSource.HEADER, false, null, null, null),
                                param(getBook, 2, "session", ParamSource.COOKIE, true, null, null, null)),
                        Optional.empty(),
                        List.of(
                                ok(200, getBook.getGenericReturnType()),
                                new ResponseModel(
                                        404, Optional.of(Fixtures.BookTagSchema.class), JSON, "No such book")),
                        "Books"),
                op(
                        "BookController_createBook",
                        HttpMethod.POST,
                        "/books/",
                        createBook,
                        List.of(),
                        Optional.of(new BodyModel(
                                "payload",
                                Fixtures.BookCreateSchema.class,
                                JSON,
                                true,
                                Optional.of("Book payload"),
                                Optional.of("{\"title\":\"Dune\",\"stars\":5}"),
                                createBook.getParameters()[0])),
                        List.of(ok(201, createBook.getGenericReturnType())),
                        "Books"),
                op(
                        "BookController_deleteBook",
                        HttpMethod.DELETE,
                        "/books/{id:path}",
                        deleteBook,
                        List.of(param(deleteBook, 0, "id", ParamSource.PATH, true, null, null, null)),
                        Optional.empty(),
                        List.of(new ResponseModel(204, Optional.empty(), JSON, "")),
                        "Books"),
                op(
                        "BookController_pageBooks",
                        HttpMethod.GET,
                        "/books/page",
                        handler("pageBooks"),
                        List.of(param(handler("pageBooks"), 0, "page", ParamSource.QUERY, false, null, null, "1")),
                        Optional.empty(),
                        List.of(ok(200, handler("pageBooks").getGenericReturnType())),
                        "Pages"),
                op(
                        "BookController_pageTags",
                        HttpMethod.GET,
                        "/tags/page",
                        handler("pageTags"),
                        List.of(),
                        Optional.empty(),
                        List.of(ok(200, handler("pageTags").getGenericReturnType())),
                        "Pages"),
                op(
                        "BookController_books",
                        HttpMethod.GET,
                        "/pairs",
                        handler("books"),
                        List.of(),
                        Optional.empty(),
                        List.of(ok(200, handler("books").getGenericReturnType())),
                        "Misc"),
                op(
                        "BookController_categories",
                        HttpMethod.GET,
                        "/categories",
                        handler("categories"),
                        List.of(),
                        Optional.empty(),
                        List.of(ok(200, handler("categories").getGenericReturnType())),
                        "Misc"),
                op(
                        "BookController_upload",
                        HttpMethod.POST,
                        "/uploads",
                        upload,
                        List.of(
                                param(upload, 0, "title", ParamSource.FORM, true, "Upload title", "My file", null),
                                param(upload, 1, "file", ParamSource.FILE, true, "The file", null, null),
                                param(upload, 2, "attachments", ParamSource.FILE, false, null, null, null)),
                        Optional.of(new BodyModel(
                                "form",
                                UploadedFormMarker.class,
                                "multipart/form-data",
                                true,
                                Optional.empty(),
                                Optional.empty(),
                                upload)),
                        List.of(new ResponseModel(200, Optional.of(String.class), "text/plain", "The stored name")),
                        "Files"),
                op(
                        "BookController_legacy",
                        HttpMethod.PUT,
                        "/legacy",
                        legacy,
                        List.of(
                                component(form[0], ParamSource.FORM, true, null),
                                component(form[1], ParamSource.FORM, false, "false")),
                        Optional.of(new BodyModel(
                                "form",
                                Fixtures.UploadForm.class,
                                "application/x-www-form-urlencoded",
                                true,
                                Optional.empty(),
                                Optional.empty(),
                                legacy.getParameters()[0])),
                        List.of(ok(200, legacy.getGenericReturnType())),
                        "Misc"),
                deprecated(op(
                        "BookController_byIsbn",
                        HttpMethod.PATCH,
                        "/books/by-isbn",
                        byIsbn,
                        List.of(),
                        Optional.of(new BodyModel(
                                "filter",
                                byIsbn.getGenericParameterTypes()[0],
                                JSON,
                                false,
                                Optional.empty(),
                                Optional.empty(),
                                byIsbn.getParameters()[0])),
                        List.of(ok(200, byIsbn.getGenericReturnType())),
                        "Misc")),
                op(
                        "BookController_ping",
                        HttpMethod.GET,
                        "/ping",
                        handler("ping"),
                        List.of(),
                        Optional.empty(),
                        List.of(ok(200, String.class))));
    }

    /** Stands for the body type of a multipart form (the fields are listed as parameters). */
    record UploadedFormMarker() {}

    static Method handler(String name) {
        return Arrays.stream(BookController.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static OperationModel op(
            String id,
            HttpMethod method,
            String path,
            Method handler,
            List<ParameterModel> parameters,
            Optional<BodyModel> body,
            List<ResponseModel> responses,
            String... tags) {
        return new OperationModel(
                id,
                method,
                path,
                readable(handler.getName()),
                Optional.empty(),
                List.of(tags),
                false,
                parameters,
                body,
                responses,
                BookController.class,
                handler);
    }

    static OperationModel deprecated(OperationModel o) {
        return new OperationModel(
                o.operationId(),
                o.method(),
                o.path(),
                o.summary(),
                Optional.of("Use GET /books/."),
                o.tags(),
                true,
                o.parameters(),
                o.body(),
                o.responses(),
                o.controller(),
                o.handler());
    }

    static ParameterModel param(
            Method handler,
            int index,
            String name,
            ParamSource source,
            boolean required,
            String description,
            String example,
            String defaultValue) {
        Parameter parameter = handler.getParameters()[index];
        return new ParameterModel(
                name,
                source,
                parameter.getParameterizedType(),
                required,
                Optional.ofNullable(description),
                Optional.ofNullable(example),
                Optional.ofNullable(defaultValue),
                parameter);
    }

    static ParameterModel component(
            RecordComponent component, ParamSource source, boolean required, String defaultValue) {
        return new ParameterModel(
                component.getName(),
                source,
                component.getGenericType(),
                required,
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(defaultValue),
                component);
    }

    static ResponseModel ok(int status, Type type) {
        return new ResponseModel(status, Optional.of(type), JSON, "");
    }

    private static String readable(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
