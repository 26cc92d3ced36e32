package steelchain.marketing.profitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Pareto ranking with a loss maker, by hand. */
class ParetoTest {

    record Customer(String code, double contribution) {
    }

    @Test
    void ranksLargestFirstWithTheRunningShareOfTheTotal() {
        List<Customer> customers = List.of(new Customer("C", 10), new Customer("A", 70), new Customer("LOSS", -20),
                new Customer("B", 40));
        List<Pareto.Ranked<Customer>> ranked = Pareto.rank(customers, Customer::contribution);
        assertEquals(List.of("A", "B", "C", "LOSS"), ranked.stream().map(r -> r.item().code()).toList());
        // total 100: running 70, 110, 120, 100
        assertEquals(0.70, ranked.get(0).cumulativeShare(), 1e-12);
        assertEquals(1.10, ranked.get(1).cumulativeShare(), 1e-12);
        assertEquals(1.20, ranked.get(2).cumulativeShare(), 1e-12);
        assertEquals(1.00, ranked.get(3).cumulativeShare(), 1e-12);
        assertEquals(2, Pareto.itemsFor(ranked, 0.8), "A and B bring 80 %");
        assertEquals(1, Pareto.itemsFor(ranked, 0.7));
        assertEquals(4, ranked.get(3).rank());
    }

    @Test
    void withoutAPositiveTotalNoShareIsGiven() {
        List<Pareto.Ranked<Customer>> ranked = Pareto.rank(List.of(new Customer("X", -5), new Customer("Y", 2)),
                Customer::contribution);
        assertTrue(ranked.stream().allMatch(r -> Double.isNaN(r.cumulativeShare())));
        assertEquals(0, Pareto.itemsFor(ranked, 0.8));
    }
}
