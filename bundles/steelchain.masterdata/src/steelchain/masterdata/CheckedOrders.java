package steelchain.masterdata;

import java.util.List;

/**
 * The outcome of checking an orders file without writing it.
 *
 * @param result what the check found: rows read and problems; its counts are empty
 * @param orders the file's orders in file order when {@code result} is accepted, else none
 */
public record CheckedOrders(ImportResult result, List<CheckedOrder> orders) {

    public CheckedOrders {
        orders = List.copyOf(orders);
    }
}
