package steelchain.masterdata.csv;

/**
 * How a CSV file is written.
 *
 * @param encoding      character encoding
 * @param delimiter     field separator
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark
 */
public record CsvDialect(CsvEncoding encoding, CsvDelimiter delimiter, boolean byteOrderMark) {
}
