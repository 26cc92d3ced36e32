package steelchain.masterdata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import jakarta.persistence.EntityManager;

import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.OrderLayout;
import steelchain.masterdata.store.CustomerStore;
import steelchain.masterdata.store.GradeStore;
import steelchain.masterdata.store.OrderStore;
import steelchain.masterdata.validation.CustomerValidator;
import steelchain.masterdata.validation.FileValidator;
import steelchain.masterdata.validation.GradeValidator;
import steelchain.masterdata.validation.OrderBatch;
import steelchain.masterdata.validation.OrderValidator;
import steelchain.masterdata.validation.References;
import steelchain.masterdata.validation.RowValidator;
import steelchain.masterdata.validation.Validation;

/**
 * Imports customers, steel grades or orders from a CSV file in two steps. First the whole
 * file is read once and every row checked, keeping the valid rows in compact form; if
 * anything is wrong, the problems are returned and nothing is written. Then all rows are
 * written in one transaction of the {@link DataStore}: created when their business key is
 * new, updated when they differ, left alone when equal, so importing a file twice changes
 * nothing the second time.
 */
public final class MasterDataImporter {

    private final DataStore store;
    private final OrderChangeGuard guard;

    /**
     * @param guard asked about every stored order a file would change; an order it refuses
     *              (one the sales loop has confirmed) makes the file fail. Null when no module
     *              guards orders, or for a caller that only checks files.
     */
    public MasterDataImporter(DataStore store, OrderChangeGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    /**
     * @throws IOException when the file cannot be read at all
     * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} is
     *         cancelled; nothing is written then
     */
    public ImportResult importFile(ImportRequest request, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        return switch (request.kind()) {
            case CUSTOMERS -> importFile(request, new CustomerValidator(),
                    (em, rows, apply, m) -> new Written(CustomerStore.write(em, rows, apply, m), Counts.NONE), progress);
            case GRADES -> importFile(request, new GradeValidator(),
                    (em, rows, apply, m) -> new Written(GradeStore.write(em, rows, apply, m), Counts.NONE), progress);
            case ORDERS -> {
                References references = store.read(References::load);
                ImportResult result = importFile(request, new OrderValidator(references), (em, batch, apply, m) -> {
                    OrderStore.Result written = OrderStore.write(em, batch, apply, m);
                    List<ImportProblem> refused = refusals(em, request, batch, written.changedOrders());
                    if (!refused.isEmpty()) {
                        throw new RowsRefused(refused);
                    }
                    return new Written(written.orders(), written.lines());
                }, progress);
                if (result.accepted() && !request.dryRun()) {
                    OrderStore.forgetCachedOrders(store);
                }
                yield result;
            }
        };
    }

    /**
     * Checks an orders file with exactly the rules of {@link #importFile} and returns its orders
     * without writing anything, for a caller that writes them in its own transaction.
     *
     * @param request an {@link RecordKind#ORDERS} request; its dry-run flag does not matter
     * @throws IOException when the file cannot be read at all
     * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} is cancelled
     */
    public CheckedOrders checkOrders(ImportRequest request, IProgressMonitor monitor) throws IOException {
        if (request.kind() != RecordKind.ORDERS) {
            throw new IllegalArgumentException("Only orders files are checked this way, not " + request.kind());
        }
        References references = store.read(References::load);
        Validation<OrderBatch> validation = FileValidator.validate(request.file(), request.encoding(),
                request.delimiter(), new OrderValidator(references), monitor);
        ImportResult result = new ImportResult(request, validation.dialect(), validation.rows(),
                validation.problems().kept(), validation.problems().total(), Counts.NONE, Counts.NONE);
        if (!validation.passed()) {
            return new CheckedOrders(result, List.of());
        }
        OrderBatch batch = validation.result();
        List<CheckedOrder> orders = new ArrayList<>(batch.orders().size());
        for (int i = 0; i < batch.orders().size(); i++) {
            OrderBatch.Order order = batch.orders().get(i);
            orders.add(new CheckedOrder(order.orderNumber(), batch.firstRowOf(i), order.customerId(), order.orderDate(),
                    batch.linesOf(order).stream()
                            .map(line -> new CheckedOrder.Line(line.lineNumber(), line.form(), line.gradeId(),
                                    line.thicknessMm(), line.widthMm(), line.tonnes(), line.dueDate(),
                                    line.priceCnyPerTonne()))
                            .toList()));
        }
        return new CheckedOrders(result, orders);
    }

    /**
     * The guards' refusals of the stored orders the file changes, one problem on each order's
     * first row. Asked inside the writing transaction, after the changes, so that what the
     * guards read and what is written are the same state.
     */
    private List<ImportProblem> refusals(EntityManager em, ImportRequest request, OrderBatch batch,
            List<Integer> changedOrders) {
        List<ImportProblem> problems = new ArrayList<>();
        if (guard == null) {
            return problems;
        }
        for (int index : changedOrders) {
            String number = batch.orders().get(index).orderNumber();
            guard.refusal(em, number, Locale.getDefault()).ifPresent(refusal -> problems.add(new ImportProblem(
                    request.file().getFileName().toString(), batch.firstRowOf(index), OrderLayout.ORDER_NUMBER.name(),
                    number, Reason.ORDER_GUARDED, List.of(refusal))));
        }
        return problems;
    }

    /** Rows the database's state refuses, found while writing; the transaction is rolled back. */
    private static final class RowsRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<ImportProblem> problems;

        RowsRefused(List<ImportProblem> problems) {
            super(problems.size() + " row(s) refused", null, false, false);
            this.problems = problems;
        }
    }

    private record Written(Counts records, Counts lines) {
    }

    /** Writes the valid rows of one kind; with {@code apply} false it only compares and counts. */
    private interface KindWriter<T> {
        Written write(EntityManager em, T rows, boolean apply, IProgressMonitor monitor);
    }

    private <T> ImportResult importFile(ImportRequest request, RowValidator<T> validator, KindWriter<T> writer,
            SubMonitor progress) throws IOException {
        Validation<T> validation = FileValidator.validate(request.file(), request.encoding(), request.delimiter(),
                validator, progress.split(40));
        if (!validation.passed()) {
            return new ImportResult(request, validation.dialect(), validation.rows(), validation.problems().kept(),
                    validation.problems().total(), Counts.NONE, Counts.NONE);
        }
        SubMonitor writing = progress.split(60);
        T rows = validation.result();
        // A dry run compares in a transaction too, which gives orders their JDBC connection, and writes nothing.
        Written written;
        try {
            written = store.inTransaction(em -> writer.write(em, rows, !request.dryRun(), writing));
        } catch (RowsRefused refused) {
            return new ImportResult(request, validation.dialect(), validation.rows(), refused.problems,
                    refused.problems.size(), Counts.NONE, Counts.NONE);
        }
        return new ImportResult(request, validation.dialect(), validation.rows(), List.of(), 0,
                written.records(), written.lines());
    }
}
