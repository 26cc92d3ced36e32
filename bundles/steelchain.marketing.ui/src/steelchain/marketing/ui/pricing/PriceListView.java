package steelchain.marketing.ui.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import steelchain.core.model.ProductForm;
import steelchain.core.text.Texts;
import steelchain.marketing.pricing.PriceListProblem;
import steelchain.marketing.pricing.PriceService;
import steelchain.marketing.pricing.PriceService.PriceListRow;
import steelchain.marketing.pricing.PricingException;
import steelchain.marketing.ui.insight.InsightTexts;
import steelchain.ui.widgets.Grid;
import steelchain.ui.widgets.GridColumn;

/**
 * The price list: base prices per form and grade with their validity, edited in a form that
 * names each wrong field; the tier and volume discounts that apply on top; and the unit costs
 * per form that margins and customer profitability are computed with.
 */
public class PriceListView {

    private static final Texts TEXTS = Texts.of(PriceListView.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Locale locale = Locale.getDefault();
    private volatile PriceService service;

    private Composite parent;
    private Grid<PriceListRow> grid;
    private Label status;
    private Combo form;
    private Text grade;
    private Text basePrice;
    private Text validFrom;
    private Text validTo;
    private final Map<String, Label> fieldProblems = new LinkedHashMap<>();
    private final Map<ProductForm, Text> costs = new EnumMap<>(ProductForm.class);
    private final Map<ProductForm, Label> costProblems = new EnumMap<>(ProductForm.class);
    private Label discounts;
    private Long editedId;

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).numColumns(2).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(InsightTexts.get(locale, "refresh"));
        refresh.addListener(SWT.Selection, e -> reload());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
        grid = new Grid<>(sash, List.of(
                GridColumn.<PriceListRow>text(TEXTS.get(locale, "column.form"), r -> InsightTexts.of(r.form(), locale))
                        .width(130),
                GridColumn.<PriceListRow>text(TEXTS.get(locale, "column.grade"), PriceListRow::gradeCode).width(90),
                GridColumn.<PriceListRow>number(TEXTS.get(locale, "column.basePrice"), PriceListRow::basePrice,
                        "#,##0", locale).width(110),
                GridColumn.<PriceListRow, LocalDate>date(TEXTS.get(locale, "column.validFrom"),
                        PriceListRow::validFrom, DATE).width(100),
                GridColumn.<PriceListRow, LocalDate>date(TEXTS.get(locale, "column.validTo"), PriceListRow::validTo,
                        DATE).width(100)));
        grid.addSelectionListener(rows -> edit(rows.isEmpty() ? null : rows.get(0)));
        Composite side = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(side);
        createEditor(side);
        createCosts(side);
        discounts = new Label(side, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(discounts);
        sash.setWeights(3, 2);
        edit(null);
        reload();
    }

    private void createEditor(Composite side) {
        Group editor = new Group(side, SWT.NONE);
        editor.setText(TEXTS.get(locale, "editor"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(editor);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(editor);
        form = new Combo(field(editor, "form"), SWT.READ_ONLY);
        for (ProductForm f : ProductForm.values()) {
            form.add(InsightTexts.of(f, locale));
        }
        grade = new Text(field(editor, "grade"), SWT.BORDER);
        basePrice = new Text(field(editor, "basePrice"), SWT.BORDER);
        validFrom = new Text(field(editor, "validFrom"), SWT.BORDER);
        validTo = new Text(field(editor, "validTo"), SWT.BORDER);
        validTo.setMessage(TEXTS.get(locale, "validTo.open"));
        for (Control input : List.of(form, grade, basePrice, validFrom, validTo)) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(input);
        }
        Composite buttons = new Composite(editor, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        button(buttons, "new", () -> edit(null));
        button(buttons, "save", this::save);
        button(buttons, "delete", this::delete);
    }

    /** A label for {@code field}, the cell its input goes in, and a line for the field's problem below. */
    private Composite field(Composite editor, String field) {
        new Label(editor, SWT.NONE).setText(TEXTS.get(locale, "field." + field));
        Composite cell = new Composite(editor, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cell);
        GridLayoutFactory.fillDefaults().spacing(0, 1).applyTo(cell);
        Label problem = new Label(editor, SWT.WRAP);
        problem.setForeground(editor.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        fieldProblems.put(field, problem);
        return cell;
    }

    private void createCosts(Composite side) {
        Group group = new Group(side, SWT.NONE);
        group.setText(TEXTS.get(locale, "costs"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        for (ProductForm f : ProductForm.values()) {
            new Label(group, SWT.NONE).setText(InsightTexts.of(f, locale));
            Text cost = new Text(group, SWT.BORDER | SWT.RIGHT);
            GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(cost);
            Label problem = new Label(group, SWT.NONE);
            problem.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_RED));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
            costs.put(f, cost);
            costProblems.put(f, problem);
        }
        Button save = new Button(group, SWT.PUSH);
        save.setText(TEXTS.get(locale, "costs.save"));
        save.addListener(SWT.Selection, e -> saveCosts());
    }

    private void button(Composite buttons, String key, Runnable action) {
        Button button = new Button(buttons, SWT.PUSH);
        button.setText(TEXTS.get(locale, key));
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Inject
    @Optional
    void serviceChanged(@Service PriceService current) {
        service = current;
        if (parent != null && !parent.isDisposed()) {
            parent.getDisplay().asyncExec(this::reload);
        }
    }

    /** Reads price list, discounts and costs again in the background. */
    public void reload() {
        PriceService current = service;
        if (current == null) {
            status.setText(InsightTexts.get(locale, "noDatabase"));
            return;
        }
        status.setText(TEXTS.get(locale, "loading"));
        background(() -> {
            List<PriceListRow> rows = current.priceList();
            Map<ProductForm, BigDecimal> unitCosts = current.unitCosts();
            String discountText = TEXTS.get(locale, "discounts",
                    current.tierDiscounts().entrySet().stream()
                            .map(e -> TEXTS.get(locale, "discount.tier", e.getKey().name(), e.getValue()))
                            .collect(Collectors.joining(", ")),
                    current.volumeBreaks().entrySet().stream()
                            .map(e -> TEXTS.get(locale, "discount.volume", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")));
            ui(() -> {
                grid.setInput(rows);
                costs.forEach((f, text) -> text.setText(
                        unitCosts.containsKey(f) ? unitCosts.get(f).stripTrailingZeros().toPlainString() : ""));
                costProblems.values().forEach(l -> l.setText(""));
                discounts.setText(discountText);
                status.setText(TEXTS.get(locale, "loaded", rows.size()));
                parent.layout(true, true);
            });
        });
    }

    private void edit(PriceListRow row) {
        editedId = row == null ? null : row.id();
        form.select(row == null ? 0 : row.form().ordinal());
        form.setEnabled(row == null);
        grade.setText(row == null ? "" : row.gradeCode());
        grade.setEnabled(row == null);
        basePrice.setText(row == null ? "" : row.basePrice().stripTrailingZeros().toPlainString());
        validFrom.setText(row == null ? LocalDate.now().format(DATE) : row.validFrom().format(DATE));
        validTo.setText(row == null || row.validTo() == null ? "" : row.validTo().format(DATE));
        fieldProblems.values().forEach(l -> l.setText(""));
    }

    /** Checks the form's fields, then saves the entry in the background; problems show under their fields. */
    public void save() {
        fieldProblems.values().forEach(l -> l.setText(""));
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal price = number(basePrice.getText(), "basePrice", problems);
        LocalDate from = date(validFrom.getText(), "validFrom", problems, true);
        LocalDate to = date(validTo.getText(), "validTo", problems, false);
        PriceService current = service;
        if (!problems.isEmpty() || current == null) {
            showProblems(problems);
            status.setText(current == null ? InsightTexts.get(locale, "noDatabase") : TEXTS.get(locale, "notSaved"));
            return;
        }
        PriceListRow row = new PriceListRow(editedId, ProductForm.values()[form.getSelectionIndex()],
                grade.getText().strip(), price, from, to);
        status.setText(TEXTS.get(locale, "saving"));
        background(() -> {
            try {
                PriceListRow saved = current.save(row);
                ui(() -> {
                    editedId = saved.id();
                    status.setText(TEXTS.get(locale, "saved", InsightTexts.of(saved.form(), locale),
                            saved.gradeCode(), saved.validFrom().toString()));
                    grid.setInput(current.priceList());
                });
            } catch (PricingException e) {
                Map<String, String> refused = new LinkedHashMap<>();
                for (PriceListProblem problem : e.problems()) {
                    refused.putIfAbsent(problem.field(), problem.message(locale));
                }
                ui(() -> {
                    showProblems(refused);
                    status.setText(refused.isEmpty() ? e.message(locale) : TEXTS.get(locale, "notSaved"));
                });
            }
        });
    }

    private void delete() {
        PriceService current = service;
        Long id = editedId;
        if (current == null || id == null) {
            status.setText(TEXTS.get(locale, "nothingToDelete"));
            return;
        }
        background(() -> {
            current.delete(id);
            ui(() -> {
                edit(null);
                status.setText(TEXTS.get(locale, "deleted"));
                grid.setInput(current.priceList());
            });
        });
    }

    private void saveCosts() {
        PriceService current = service;
        if (current == null) {
            status.setText(InsightTexts.get(locale, "noDatabase"));
            return;
        }
        Map<ProductForm, BigDecimal> values = new EnumMap<>(ProductForm.class);
        boolean valid = true;
        for (ProductForm f : ProductForm.values()) {
            Map<String, String> problems = new LinkedHashMap<>();
            BigDecimal cost = number(costs.get(f).getText(), "cost", problems);
            if (cost != null && cost.signum() <= 0) {
                problems.put("cost", TEXTS.get(locale, "problem.notPositive"));
            }
            costProblems.get(f).setText(problems.getOrDefault("cost", ""));
            valid &= problems.isEmpty();
            values.put(f, cost);
        }
        if (!valid) {
            status.setText(TEXTS.get(locale, "costs.notSaved"));
            return;
        }
        background(() -> {
            values.forEach(current::setUnitCost);
            ui(() -> status.setText(TEXTS.get(locale, "costs.saved")));
        });
    }

    private BigDecimal number(String text, String field, Map<String, String> problems) {
        String plain = text.strip().replace(",", "");
        if (plain.isEmpty()) {
            problems.put(field, TEXTS.get(locale, "problem.required"));
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problems.put(field, TEXTS.get(locale, "problem.notNumber", text.strip()));
            return null;
        }
    }

    private LocalDate date(String text, String field, Map<String, String> problems, boolean required) {
        if (text.isBlank()) {
            if (required) {
                problems.put(field, TEXTS.get(locale, "problem.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            problems.put(field, TEXTS.get(locale, "problem.notDate", text.strip()));
            return null;
        }
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, message) -> fieldProblems.get(field).setText(message));
        parent.layout(true, true);
    }

    private void background(Runnable work) {
        Job job = Job.create(TEXTS.get(locale, "loading"), monitor -> {
            try {
                work.run();
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                ui(() -> status.setText(InsightTexts.get(locale, "loadFailed", e.getMessage())));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void ui(Runnable update) {
        if (!parent.isDisposed()) {
            parent.getDisplay().asyncExec(() -> {
                if (!parent.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    /** The price list grid, for tests. */
    public Grid<PriceListRow> grid() {
        return grid;
    }

    /** The problem shown under {@code field} (form, grade, basePrice, validFrom, validTo), for tests. */
    public String problemOf(String field) {
        return fieldProblems.get(field).getText();
    }

    /** The status line, for tests. */
    public String statusLine() {
        return status.getText();
    }

    /** Fills the editor as a user would type, for tests. */
    public void type(ProductForm productForm, String gradeCode, String price, String from, String to) {
        form.select(productForm.ordinal());
        grade.setText(gradeCode);
        basePrice.setText(price);
        validFrom.setText(from);
        validTo.setText(to);
    }
}
