package steelchain.masterdata.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import steelchain.masterdata.edit.FormField;
import steelchain.masterdata.layout.Column.Type;

/**
 * The lines of a list field in an editor (a customer's contacts, an order's lines): a table
 * whose cells are edited in place as in a spreadsheet, with buttons to add a line and to remove
 * the selected one. The form holds the lines; the table shows them by index and passes what is
 * typed on to the form.
 */
final class LinesTable {

    /** The form's lines as the table edits them. */
    interface Lines {

        int size();

        /** The text of a cell; choice fields give the choice's name. */
        String get(int line, FormField field);

        void set(int line, FormField field, String text);

        /** Adds a line and returns its index. */
        int add();

        boolean canRemove(int line);

        void remove(int line);
    }

    /**
     * A column of the table.
     *
     * @param shown    how a choice is shown (its name goes to the form); null for a text field
     * @param editable false for a column that is only shown, such as a line number
     */
    record LineColumn(FormField field, int width, Function<String, String> shown, boolean editable) {

        static LineColumn text(FormField field, int width) {
            return new LineColumn(field, width, null, true);
        }

        static LineColumn choice(FormField field, int width, Function<String, String> shown) {
            return new LineColumn(field, width, shown, true);
        }

        static LineColumn shownOnly(FormField field, int width) {
            return new LineColumn(field, width, null, false);
        }
    }

    private final TableViewer viewer;
    private final Lines lines;
    private final Runnable changed;
    private final Button add;
    private final Button remove;
    private boolean readOnly;

    /**
     * @param locale  the language of the column headers
     * @param changed called after each change the table made to the lines
     */
    LinesTable(Composite parent, Locale locale, String title, String addLabel, String removeLabel,
            List<LineColumn> columns, Lines lines, Runnable changed) {
        this.lines = lines;
        this.changed = changed;
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(8, 8).numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        viewer = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (LineColumn column : columns) {
            boolean number = column.field().column().type() == Type.DECIMAL;
            TableViewerColumn tableColumn = new TableViewerColumn(viewer, number ? SWT.RIGHT : SWT.NONE);
            tableColumn.getColumn().setText(column.field().label(locale));
            // At least as wide as its header, so that no unit is cut off.
            tableColumn.getColumn().pack();
            tableColumn.getColumn().setWidth(Math.max(column.width(), tableColumn.getColumn().getWidth()));
            tableColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object line) {
                    String text = lines.get((Integer) line, column.field());
                    return column.shown() == null || text.isEmpty() ? text : column.shown().apply(text);
                }
            });
            if (column.editable()) {
                tableColumn.setEditingSupport(column.shown() == null ? new TextEditing(column.field())
                        : new ChoiceEditing(column.field(), column.shown()));
            }
        }
        int width = Arrays.stream(viewer.getTable().getColumns()).mapToInt(TableColumn::getWidth).sum();
        GridDataFactory.fillDefaults().grab(true, true).indent(10, 0).hint(width, 120).applyTo(viewer.getTable());
        // One click on a cell edits it, Tab moves to the next cell: as in a spreadsheet.
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());

        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        add = new Button(buttons, SWT.PUSH);
        add.setText(addLabel);
        GridDataFactory.fillDefaults().applyTo(add);
        int firstEditable = IntStream.range(0, columns.size()).filter(i -> columns.get(i).editable()).findFirst()
                .orElse(0);
        add.addListener(SWT.Selection, e -> {
            int index = lines.add();
            refresh();
            changed.run();
            viewer.editElement(index, firstEditable);
        });
        remove = new Button(buttons, SWT.PUSH);
        remove.setText(removeLabel);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.setEnabled(false);
        viewer.addSelectionChangedListener(e -> updateRemove());
        remove.addListener(SWT.Selection, e -> {
            int index = viewer.getTable().getSelectionIndex();
            if (index >= 0 && lines.canRemove(index)) {
                lines.remove(index);
                refresh();
                changed.run();
            }
        });
        refresh();
    }

    /** The table, e.g. for a decoration showing the lines' problems. */
    Table table() {
        return viewer.getTable();
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Shows the lines without letting them be changed, added or removed. */
    void setReadOnly() {
        readOnly = true;
        add.setEnabled(false);
        updateRemove();
    }

    /** Shows the lines as the form has them now. */
    void refresh() {
        viewer.setInput(IntStream.range(0, lines.size()).boxed().toList());
        updateRemove();
    }

    private void updateRemove() {
        int index = viewer.getTable().getSelectionIndex();
        remove.setEnabled(!readOnly && index >= 0 && index < lines.size() && lines.canRemove(index));
    }

    /** Edits the text of one column in place; the text goes to the form as typed. */
    private final class TextEditing extends EditingSupport {

        private final FormField field;
        private final TextCellEditor editor;

        TextEditing(FormField field) {
            super(viewer);
            this.field = field;
            this.editor = new TextCellEditor(viewer.getTable());
        }

        @Override
        protected CellEditor getCellEditor(Object line) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object line) {
            return !readOnly;
        }

        @Override
        protected Object getValue(Object line) {
            return lines.get((Integer) line, field);
        }

        @Override
        protected void setValue(Object line, Object value) {
            lines.set((Integer) line, field, (String) value);
            viewer.update(line, null);
            changed.run();
        }
    }

    /** Picks one of a choice field's values from a list showing them in the user's words. */
    private final class ChoiceEditing extends EditingSupport {

        private final FormField field;
        private final List<String> choices;
        private final ComboBoxCellEditor editor;

        ChoiceEditing(FormField field, Function<String, String> shown) {
            super(viewer);
            this.field = field;
            this.choices = field.column().choices();
            this.editor = new ComboBoxCellEditor(viewer.getTable(),
                    choices.stream().map(shown).toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected CellEditor getCellEditor(Object line) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object line) {
            return !readOnly;
        }

        @Override
        protected Object getValue(Object line) {
            return choices.indexOf(lines.get((Integer) line, field));
        }

        @Override
        protected void setValue(Object line, Object value) {
            int index = (Integer) value;
            lines.set((Integer) line, field, index < 0 ? "" : choices.get(index));
            viewer.update(line, null);
            changed.run();
        }
    }
}
