package steelchain.marketing.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders as columns: per order the customer, the order date as an epoch day and the amount in
 * CNY. Held in parts so that a file read in parallel chunks needs no copying; the order of rows
 * carries no meaning. A file reader also hands over the {@link Totals} of all rows per customer,
 * summed while parsing, so that they need not be summed again when no order is left out.
 */
public final class OrderHistory {

    /**
     * One block of rows. Its customer numbers are its own: {@code customerNumbers[customer[row]]}
     * indexes {@link #customerCodes()}.
     */
    record Part(int[] customer, int[] day, double[] amountCny, int size, int[] customerNumbers) {
    }

    /**
     * Per customer (indexed like {@link #customerCodes()}) over all rows: number of orders, sum
     * of the amounts, first and last order day, and orders per calendar month ({@code 12 *
     * customer + month - 1}).
     */
    record Totals(int[] orders, double[] amountCny, int[] firstDay, int[] lastDay, int[] byCalendarMonth) {

        int firstDayOfAll() {
            int first = Integer.MAX_VALUE;
            for (int day : firstDay) {
                first = Math.min(first, day);
            }
            return first;
        }

        int lastDayOfAll() {
            int last = Integer.MIN_VALUE;
            for (int day : lastDay) {
                last = Math.max(last, day);
            }
            return last;
        }
    }

    private final CustomerCodes customerCodes;
    private final List<Part> parts;
    private final long rows;
    private final Totals totals;

    OrderHistory(CustomerCodes customerCodes, List<Part> parts, Totals totals) {
        this.customerCodes = customerCodes;
        this.parts = List.copyOf(parts);
        long count = 0;
        for (Part part : parts) {
            count += part.size();
        }
        this.rows = count;
        this.totals = totals;
    }

    /** Customer codes, indexed by the customer numbers of the rows. */
    public String[] customerCodes() {
        return customerCodes.all();
    }

    CustomerCodes codes() {
        return customerCodes;
    }

    int customerCount() {
        return customerCodes.size();
    }

    List<Part> parts() {
        return parts;
    }

    /** The per-customer totals of all rows, or {@code null} when they were not summed on reading. */
    Totals totals() {
        return totals;
    }

    /** Number of orders. */
    public long rows() {
        return rows;
    }

    /** The latest order date, if there are orders. */
    public Optional<LocalDate> lastOrderDate() {
        if (rows > 0 && totals != null) {
            return Optional.of(LocalDate.ofEpochDay(totals.lastDayOfAll()));
        }
        int last = Integer.MIN_VALUE;
        for (Part part : parts) {
            int[] day = part.day();
            for (int row = 0; row < part.size(); row++) {
                last = Math.max(last, day[row]);
            }
        }
        return rows == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(last));
    }

    /** Collects orders one at a time, as they come from the database. */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds orders one by one; codes are mapped to customer numbers as they first appear. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> codes = new ArrayList<>();
        private int[] customer = new int[1024];
        private int[] day = new int[1024];
        private double[] amount = new double[1024];
        private int size;

        private Builder() {
        }

        public Builder add(String customerCode, LocalDate orderDate, BigDecimal amountCny) {
            return add(customerCode, orderDate, amountCny.doubleValue());
        }

        public Builder add(String customerCode, LocalDate orderDate, double amountCny) {
            if (size == customer.length) {
                customer = Arrays.copyOf(customer, size * 2);
                day = Arrays.copyOf(day, size * 2);
                amount = Arrays.copyOf(amount, size * 2);
            }
            Integer number = index.get(customerCode);
            if (number == null) {
                number = codes.size();
                index.put(customerCode, number);
                codes.add(customerCode);
            }
            customer[size] = number;
            day[size] = (int) orderDate.toEpochDay();
            amount[size] = amountCny;
            size++;
            return this;
        }

        public OrderHistory build() {
            int[] numbers = new int[codes.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = i;
            }
            return new OrderHistory(CustomerCodes.of(codes.toArray(String[]::new)),
                    List.of(new Part(customer, day, amount, size, numbers)), null);
        }
    }
}
