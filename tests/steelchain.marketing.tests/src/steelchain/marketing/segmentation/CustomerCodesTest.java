package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Usual codes kept as numbers come back as the same text; any other code as given. */
class CustomerCodesTest {

    @Test
    void usualCodesAreMadeFromTheirNumbers() {
        assertEquals("C000000", CustomerCodes.usualCode(0));
        assertEquals("C000042", CustomerCodes.usualCode(42));
        assertEquals("C999999", CustomerCodes.usualCode(999_999));
        for (int number : new int[] { 0, 7, 100_000, 123_456, 999_999 }) {
            assertEquals(number, CustomerCodes.usualNumber(CustomerCodes.usualCode(number)));
        }
    }

    @Test
    void otherCodesAreNotUsual() {
        for (String code : new String[] { "C12", "C1234567", "D123456", "C12345X", "c123456", "C-12345" }) {
            assertEquals(-1, CustomerCodes.usualNumber(code), code);
        }
    }

    @Test
    void codesAsGivenComeBackAsGiven() {
        String[] given = { "C000010", "宝钢-01", "C500000", "C12" };
        CustomerCodes codes = CustomerCodes.of(given);
        assertArrayEquals(given, codes.all());
        assertEquals(10, codes.usualNumber(0));
        assertEquals(-1, codes.usualNumber(1));
        assertEquals("宝钢-01", codes.code(1));
        assertEquals(4, codes.size());
    }

    @Test
    void aCodeTableNeedsANumberPerCode() {
        assertThrows(IllegalArgumentException.class, () -> new CustomerCodes(new String[2], new int[3]));
    }
}
