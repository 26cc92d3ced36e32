package steelchain.marketing.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.SteelGrade;
import steelchain.core.text.Texts;
import steelchain.marketing.sales.OrderDraft;
import steelchain.marketing.sales.SalesChannel;
import steelchain.marketing.sales.SalesLoop;
import steelchain.marketing.sales.SalesRecordType;
import steelchain.marketing.sales.SalesRuleException;
import steelchain.masterdata.CheckedOrder;
import steelchain.masterdata.CheckedOrders;
import steelchain.masterdata.ImportRequest;
import steelchain.masterdata.MasterDataImporter;
import steelchain.masterdata.RecordKind;

/**
 * A folder where online shops and partners drop order files. Each file is an orders file of the
 * master data import (same columns, same checks) holding call-offs under one contract, whose
 * number starts the file's name: {@code HT-00012000.csv} or {@code HT-00012000_2026-11-27.csv}.
 * A file whose rows are all valid and whose orders keep the contract's rules is confirmed in one
 * transaction and moved to {@code processed/}; any problem and nothing is written, the file
 * moves to {@code rejected/} beside a {@code .errors.txt} listing {@code file:row:column: reason}.
 * Only names ending {@code .csv} or {@code .txt} are picked up, so a sender writes under another
 * name and renames when done.
 */
public final class OrderDropFolder {

    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    public static final String ERRORS_SUFFIX = ".errors.txt";

    private static final Texts TEXTS = Texts.of(OrderDropFolder.class);

    /** What became of one file. */
    public record Outcome(Path file, boolean imported, int orders, BigDecimal tonnes, List<String> errors) {
    }

    private final Path folder;
    private final DataStore store;
    private final SalesLoop loop;
    private final SalesChannel channel;
    private final String user;
    private final Locale locale;

    public OrderDropFolder(Path folder, DataStore store, SalesLoop loop, SalesChannel channel, String user,
            Locale locale) {
        this.folder = folder;
        this.store = store;
        this.loop = loop;
        this.channel = channel;
        this.user = user;
        this.locale = locale;
    }

    /** The order files waiting in the folder, by name. */
    public List<Path> waitingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && isOrderFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    static boolean isOrderFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || (name.endsWith(".txt") && !name.endsWith(ERRORS_SUFFIX));
    }

    /** The contract number the file's name starts with: up to the first {@code _} or the extension. */
    static String contractNumberOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        int underscore = stem.indexOf('_');
        return (underscore >= 0 ? stem.substring(0, underscore) : stem).strip();
    }

    /** Checks, confirms and moves one file. */
    public Outcome process(Path file, IProgressMonitor monitor) throws IOException {
        String fileName = file.getFileName().toString();
        CheckedOrders checked = new MasterDataImporter(store, null).checkOrders(ImportRequest.of(RecordKind.ORDERS, file),
                monitor);
        if (!checked.result().accepted()) {
            List<String> errors = new ArrayList<>(checked.result().problems().stream()
                    .map(problem -> problem.message(locale)).toList());
            long more = checked.result().problemCount() - checked.result().problems().size();
            if (more > 0) {
                errors.add(TEXTS.get(locale, "moreErrors", more));
            }
            return reject(file, errors);
        }
        List<CheckedOrder> orders = checked.orders();
        if (orders.isEmpty()) {
            return reject(file, List.of(TEXTS.get(locale, "error.file", fileName, 1, TEXTS.get(locale, "noOrders"))));
        }
        String contract = contractNumberOf(file);
        try {
            loop.confirmOrders(contract, drafts(orders), channel, user);
        } catch (SalesRuleException e) {
            return reject(file, List.of(locate(fileName, orders, e)));
        }
        BigDecimal tonnes = orders.stream().map(CheckedOrder::totalTonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
        moveTo(file, PROCESSED);
        return new Outcome(file, true, orders.size(), tonnes, List.of());
    }

    /** The broken rule at the row of the order that broke it, or at the file's name for its contract. */
    private String locate(String fileName, List<CheckedOrder> orders, SalesRuleException e) {
        if (e.recordType() == SalesRecordType.ORDER) {
            for (CheckedOrder order : orders) {
                if (order.orderNumber().equals(e.recordNumber())) {
                    return TEXTS.get(locale, "error.row", fileName, Integer.toString(order.row()), "order_number",
                            e.message(locale));
                }
            }
        }
        return TEXTS.get(locale, "error.file", fileName, "1", e.message(locale));
    }

    /** The checked orders with their customers and grades by code, as the sales loop takes them. */
    private List<OrderDraft> drafts(List<CheckedOrder> orders) {
        return store.read(em -> {
            Map<Long, String> customers = new HashMap<>();
            Map<Long, String> grades = new HashMap<>();
            List<OrderDraft> drafts = new ArrayList<>(orders.size());
            for (CheckedOrder order : orders) {
                String customer = customers.computeIfAbsent(order.customerId(),
                        id -> em.find(Customer.class, id).getCode());
                drafts.add(new OrderDraft(order.orderNumber(), customer, order.orderDate(), order.lines().stream()
                        .map(line -> new OrderDraft.Line(line.form(),
                                grades.computeIfAbsent(line.gradeId(), id -> em.find(SteelGrade.class, id).getCode()),
                                line.thicknessMm(), line.widthMm(), line.tonnes(), line.dueDate(),
                                line.priceCnyPerTonne()))
                        .toList()));
            }
            return drafts;
        });
    }

    private Outcome reject(Path file, List<String> errors) throws IOException {
        Path moved = moveTo(file, REJECTED);
        Files.write(moved.resolveSibling(moved.getFileName() + ERRORS_SUFFIX), errors, StandardCharsets.UTF_8);
        return new Outcome(file, false, 0, BigDecimal.ZERO, List.copyOf(errors));
    }

    /** Moves the file into a subfolder; a name taken there by an earlier file gets a number. */
    private Path moveTo(Path file, String subfolder) throws IOException {
        Path target = Files.createDirectories(folder.resolve(subfolder)).resolve(file.getFileName());
        for (int copy = 1; Files.exists(target); copy++) {
            target = target.resolveSibling(copy + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
