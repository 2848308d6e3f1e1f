package dev.kunai.examples.library;

import dev.kunai.data.db.Db;
import dev.kunai.data.model.CrudModel;
import dev.kunai.data.model.ModelController;
import dev.kunai.examples.library.Schemas.LoanIn;
import dev.kunai.examples.library.Schemas.LoanSchema;
import dev.kunai.http.HttpError;
import dev.kunai.param.Path;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.schema.PatchDict;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/** {@code /api/loans/}: every route through {@link LoanService}, plus {@code POST /{id}/return} of its own. */
@Controller(value = "/loans", tags = "Loans")
public class LoanController extends ModelController<Loan, Long> implements CrudModel<Long, LoanSchema, LoanIn> {

    /** Created once by the DI container. */
    @Inject
    public LoanController(Db db) {
        super(new LoanService(db, Clock.systemDefaultZone()));
    }

    // tag::own-handler[]
    /** Marks the loan returned: a handler of the application's own, calling the same service. */
    @Post("/{id}/return")
    public LoanSchema returnLoan(@Path("id") long id) {
        PatchDict<LoanIn> returned = PatchDict.of(LoanIn.class, Map.of("returned", true));
        return modelService()
                .patch(id, returned, LoanSchema.class)
                .orElseThrow(() -> HttpError.notFound("No Loan matches the given query."));
    }
    // end::own-handler[]
}
