package dev.kunai.examples.library;

import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.User;
import dev.kunai.data.db.Db;
import dev.kunai.data.db.Session;
import dev.kunai.data.model.ModelAction;
import dev.kunai.data.model.ModelService;
import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.validation.RequestValidationException;
import dev.kunai.validation.ValidationError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loans with the library's rules, added to the model service's own checks: each loan belongs to the user who
 * created it and only that user (or staff) sees and changes it; a new or changed loan is not due in the past
 * (422 at {@code due}), and a book is lent to one borrower at a time (409).
 */
public class LoanService extends ModelService<Loan, Long> {

    private final Clock clock;

    /** The loans of {@code db}, with today's date from {@code clock}. */
    public LoanService(Db db, Clock clock) {
        super(db, Loan.class);
        this.clock = clock;
    }

    // tag::loan-scope[]
    /** Staff see every loan; anyone else only their own (without a user: none). */
    @Override
    protected Optional<Condition> scope(RequestContext request) {
        Optional<User> user = CurrentUser.of(request, User.class);
        if (user.isPresent() && user.get().isStaff()) {
            return Optional.empty();
        }
        Optional<Long> id = user.flatMap(User::id);
        return Optional.of(
                id.map(owner -> Condition.of("owner.id", Lookup.EXACT, owner)).orElse(Condition.in("id", List.of())));
    }

    /** A new loan is the requesting user's. */
    @Override
    protected void beforeCreate(Session session, Loan loan, RequestContext request) {
        long owner = CurrentUser.of(request, User.class)
                .flatMap(User::id)
                .orElseThrow(() -> new HttpError(401, "Unauthorized"));
        loan.owner = session.hibernate().getReference(User.class, owner);
    }
    // end::loan-scope[]

    // tag::loan-rules[]
    @Override
    protected void beforeSave(Session session, Loan loan, ModelAction action) {
        if (!loan.returned && loan.due.isBefore(LocalDate.now(clock))) {
            throw new RequestValidationException(List.of(new ValidationError(
                    "date_past", List.of("body", "payload", "due"), "The due date must be today or later")));
        }
        if (!loan.returned) {
            Long self = loan.id == null ? -1L : loan.id;
            boolean lent = session.first(
                            Loan.class, "e.book = ?1 and e.returned = false and e.id <> ?2", loan.book, self)
                    .isPresent();
            if (lent) {
                throw new HttpError(409, "Book " + loan.book.id + " is already lent; return it first.");
            }
        }
    }
    // end::loan-rules[]
}
