package steelchain.masterdata.validation;

import java.util.List;

import steelchain.masterdata.layout.Column;

/**
 * Checks the rows of one kind of file, one at a time in file order, and keeps what is needed
 * to write the valid ones.
 *
 * @param <T> the valid rows, as the writer of the kind takes them
 */
public interface RowValidator<T> {

    /** The layout the header is matched against. */
    List<Column> columns();

    /** Checks one row; problems go to the row's collector. */
    void accept(RowValues row);

    /** The valid rows, once every row has been accepted; meaningful only when no problem was found. */
    T result();
}
