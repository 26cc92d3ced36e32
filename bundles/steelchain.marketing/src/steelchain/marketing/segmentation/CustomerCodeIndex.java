package steelchain.marketing.segmentation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers the customer codes a thread reads from an order file, looked up straight from the
 * file's bytes so that no String is made per row. Codes of the usual form {@code C} and six digits
 * index an array directly and are kept as their number (no String at all); any other code goes
 * through an open-addressing hash table over the code bytes. After reading, the first thread's index numbers all customers: it takes in the
 * other threads' codes ({@link #numberOf(CustomerCodeIndex, int)}).
 */
final class CustomerCodeIndex {

    /** Usual codes: {@code C} and six digits, numbered by their digits. */
    static final int USUAL_CODES = 1_000_000;

    private int[] direct;
    private int[] slots = new int[1 << 12];
    private byte[] arena = new byte[1 << 14];
    private int arenaSize;
    private int[] start = new int[1 << 10];
    private int[] length = new int[1 << 10];
    /** Per number: the code, {@code null} for a usual one; the six digits of a usual code as a number, else -1. */
    private String[] codes = new String[1 << 10];
    private int[] usual = new int[1 << 10];
    private int size;

    /** The number of the code in {@code bytes[from, to)}, a new one if it was not seen before. */
    int numberOf(byte[] bytes, int from, int to) {
        int len = to - from;
        if (len == 7 && bytes[from] == 'C') {
            int value = sixDigits(bytes, from + 1);
            if (value >= 0) {
                return numberOfUsual(value);
            }
        }
        int hash = hash(bytes, from, to);
        int mask = slots.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int number = slots[slot] - 1;
            if (number < 0) {
                number = add(new String(bytes, from, len, StandardCharsets.UTF_8), bytes, from, len);
                slots[slot] = number + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return number;
            }
            if (length[number] == len && Arrays.equals(arena, start[number], start[number] + len, bytes, from, to)) {
                return number;
            }
        }
    }

    /** The number of the usual code {@code C} + the six digits of {@code value}. */
    int numberOfUsual(int value) {
        if (direct == null) {
            direct = new int[USUAL_CODES];
        }
        int number = direct[value] - 1;
        return number >= 0 ? number : addUsual(value);
    }

    /** The number here of customer {@code number} of {@code other}, a new one if this index does not know its code. */
    int numberOf(CustomerCodeIndex other, int number) {
        int value = other.usual[number];
        if (value < 0) {
            int from = other.start[number];
            return numberOf(other.arena, from, from + other.length[number]);
        }
        return numberOfUsual(value);
    }

    private int addUsual(int value) {
        int number = add(null, null, 0, 7);
        usual[number] = value;
        direct[value] = number + 1;
        return number;
    }

    int size() {
        return size;
    }

    /** The codes by number. */
    CustomerCodes codes() {
        return new CustomerCodes(Arrays.copyOf(codes, size), Arrays.copyOf(usual, size));
    }

    /** The six digits at {@code bytes[from]} as a number, or -1 when one is no digit. */
    static int sixDigits(byte[] bytes, int from) {
        int d1 = bytes[from] - '0';
        int d2 = bytes[from + 1] - '0';
        int d3 = bytes[from + 2] - '0';
        int d4 = bytes[from + 3] - '0';
        int d5 = bytes[from + 4] - '0';
        int d6 = bytes[from + 5] - '0';
        // A digit is in 0..9 exactly when neither it nor 9 minus it is negative.
        if ((d1 | 9 - d1 | d2 | 9 - d2 | d3 | 9 - d3 | d4 | 9 - d4 | d5 | 9 - d5 | d6 | 9 - d6) < 0) {
            return -1;
        }
        return ((((d1 * 10 + d2) * 10 + d3) * 10 + d4) * 10 + d5) * 10 + d6;
    }

    /** Adds a code, {@code null} for a usual one; its bytes are kept (for the hash table) when given. */
    private int add(String code, byte[] bytes, int from, int len) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            usual = Arrays.copyOf(usual, size * 2);
        }
        if (bytes != null) {
            if (arenaSize + len > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
            }
            System.arraycopy(bytes, from, arena, arenaSize, len);
            start[size] = arenaSize;
            arenaSize += len;
        }
        length[size] = len;
        codes[size] = code;
        usual[size] = -1;
        return size++;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int number : slots) {
            if (number == 0) {
                continue;
            }
            int n = number - 1;
            int slot = hash(arena, start[n], start[n] + length[n]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = number;
        }
        slots = bigger;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
