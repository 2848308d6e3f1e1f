package dev.kunai.examples.library;

import dev.kunai.data.db.Db;
import dev.kunai.data.model.CrudModel;
import dev.kunai.data.model.ModelController;
import dev.kunai.data.model.ModelRequest;
import dev.kunai.examples.library.Schemas.LoanIn;
import dev.kunai.examples.library.Schemas.LoanSchema;
import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Path;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.schema.PatchDict;
import dev.kunai.security.Secured;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * {@code /api/loans/}: every route through {@link LoanService}, plus {@code POST /{id}/return} of its own. Every
 * operation needs a user (HTTP Basic, 401 without one), and each user sees only their own loans.
 */
@Controller(value = "/loans", tags = "Loans")
@Secured("BasicAuth")
public class LoanController extends ModelController<Loan, Long> implements CrudModel<Long, LoanSchema, LoanIn> {

    /** Created once by the DI container, which also connects the users' store to its database. */
    @Inject
    public LoanController(Db db, LibraryUsers users) {
        super(new LoanService(db, Clock.systemDefaultZone()));
        users.connect(db);
    }

    // tag::own-handler[]
    /** Marks the loan returned: a handler of the application's own, calling the same service for the request. */
    @Post("/{id}/return")
    public LoanSchema returnLoan(@Path("id") long id, RequestContext context, ObjectPermissions permissions) {
        PatchDict<LoanIn> returned = PatchDict.of(LoanIn.class, Map.of("returned", true));
        return modelService()
                .patch(id, returned, LoanSchema.class, ModelRequest.of(context, permissions))
                .orElseThrow(() -> HttpError.notFound("No Loan matches the given query."));
    }
    // end::own-handler[]
}
