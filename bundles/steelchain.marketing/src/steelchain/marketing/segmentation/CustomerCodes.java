package steelchain.marketing.segmentation;

/**
 * Customer codes by customer number. A code of the usual form ({@code C} and six digits) is kept
 * as its number and made a String each time it is asked for: reading an order file then makes no
 * String per customer, which in a freshly started JVM also spares compiling String's decoding
 * constructor while the file is read.
 */
final class CustomerCodes {

    /** Per customer its code, {@code null} for a usual code. */
    private final String[] others;
    /** Per customer the six digits of a usual code as a number, -1 for another code. */
    private final int[] usualNumbers;

    /**
     * @param others       per customer its code, {@code null} where {@code usualNumbers} holds it
     * @param usualNumbers per customer the six digits of a usual code as a number, -1 for another code
     */
    CustomerCodes(String[] others, int[] usualNumbers) {
        if (others.length != usualNumbers.length) {
            throw new IllegalArgumentException(others.length + " codes but " + usualNumbers.length + " numbers");
        }
        this.others = others;
        this.usualNumbers = usualNumbers;
    }

    /** The codes as given, one per customer. */
    static CustomerCodes of(String[] codes) {
        String[] others = new String[codes.length];
        int[] usual = new int[codes.length];
        for (int c = 0; c < codes.length; c++) {
            usual[c] = usualNumber(codes[c]);
            if (usual[c] < 0) {
                others[c] = codes[c];
            }
        }
        return new CustomerCodes(others, usual);
    }

    int size() {
        return usualNumbers.length;
    }

    String code(int customer) {
        int number = usualNumbers[customer];
        return number < 0 ? others[customer] : usualCode(number);
    }

    /** The six digits of a usual code as a number, or -1 for another code. */
    int usualNumber(int customer) {
        return usualNumbers[customer];
    }

    /** All codes, by customer number. */
    String[] all() {
        String[] codes = new String[size()];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = code(c);
        }
        return codes;
    }

    /** {@code C} and the six digits of {@code number} (0 to 999,999). */
    static String usualCode(int number) {
        char[] text = new char[7];
        text[0] = 'C';
        for (int at = 6; at > 0; at--) {
            text[at] = (char) ('0' + number % 10);
            number /= 10;
        }
        return new String(text);
    }

    /** The six digits of a usual code ({@code C} and six digits) as a number, or -1 for another code. */
    static int usualNumber(String code) {
        if (code.length() != 7 || code.charAt(0) != 'C') {
            return -1;
        }
        int value = 0;
        for (int i = 1; i < 7; i++) {
            int digit = code.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
