package steelchain.masterdata.csv;

import java.nio.charset.CharacterCodingException;

/** A value with characters that the file's encoding cannot hold, such as a rare name character in GBK. */
public class UnencodableValueException extends CharacterCodingException {

    private static final long serialVersionUID = 1L;

    private final String value;

    public UnencodableValueException(String value) {
        this.value = value;
    }

    /** The value that could not be written. */
    public String value() {
        return value;
    }

    @Override
    public String getMessage() {
        return "Cannot encode '" + value + "'";
    }
}
