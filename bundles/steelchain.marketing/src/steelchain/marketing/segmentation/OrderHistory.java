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
 * Orders as columns: per order the customer (an index into {@link #customerCodes()}), the order
 * date as an epoch day and the amount in CNY. Held in parts so that a file read in parallel
 * chunks needs no copying; the order of rows carries no meaning.
 */
public final class OrderHistory {

    /** One block of rows. */
    record Part(int[] customer, int[] day, double[] amountCny, int size) {
    }

    private final String[] customerCodes;
    private final List<Part> parts;
    private final long rows;

    OrderHistory(String[] customerCodes, List<Part> parts) {
        this.customerCodes = customerCodes;
        this.parts = List.copyOf(parts);
        this.rows = parts.stream().mapToLong(Part::size).sum();
    }

    /** Customer codes, indexed by the customer numbers of the rows. */
    public String[] customerCodes() {
        return customerCodes.clone();
    }

    String customerCode(int customer) {
        return customerCodes[customer];
    }

    int customerCount() {
        return customerCodes.length;
    }

    List<Part> parts() {
        return parts;
    }

    /** Number of orders. */
    public long rows() {
        return rows;
    }

    /** The latest order date, if there are orders. */
    public Optional<LocalDate> lastOrderDate() {
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
            return new OrderHistory(codes.toArray(String[]::new), List.of(new Part(customer, day, amount, size)));
        }
    }
}
