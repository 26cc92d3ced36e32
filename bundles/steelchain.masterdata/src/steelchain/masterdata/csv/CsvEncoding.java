package steelchain.masterdata.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character encodings SteelChain reads and writes CSV in. */
public enum CsvEncoding {
    /** Unicode; what SteelChain writes by default, with a byte order mark so that Excel recognises it. */
    UTF_8("utf-8", StandardCharsets.UTF_8),
    /** The Simplified Chinese code page of Excel and WPS on Chinese Windows ("ANSI" there). */
    GBK("gbk", Charset.forName("GBK"));

    private final String optionName;
    private final Charset charset;

    CsvEncoding(String optionName, Charset charset) {
        this.optionName = optionName;
        this.charset = charset;
    }

    /** How the encoding is written on the command line: {@code utf-8}, {@code gbk}. */
    public String optionName() {
        return optionName;
    }

    public Charset charset() {
        return charset;
    }

    public static CsvEncoding ofOptionName(String name) {
        for (CsvEncoding encoding : values()) {
            if (encoding.optionName.equalsIgnoreCase(name)) {
                return encoding;
            }
        }
        throw new IllegalArgumentException("No CSV encoding '" + name + "'");
    }
}
