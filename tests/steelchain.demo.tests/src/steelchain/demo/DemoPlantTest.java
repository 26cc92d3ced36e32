package steelchain.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import steelchain.core.model.Customer;
import steelchain.core.model.ElementRange;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductSpec;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.core.model.WorkCenterType;

/** The generated company reads like a real one and comes out the same for the same seed. */
class DemoPlantTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final DemoPlant PLANT = DemoPlant.generate(42, 3, 1500, TODAY);
    private static final List<SalesOrder> ORDERS = PLANT.orders();

    @Test
    void sameSeedGivesTheSameCompanyAndAnotherSeedAnotherOne() {
        String first = fingerprint(DemoPlant.generate(7, 2, 300, TODAY));
        assertEquals(first, fingerprint(DemoPlant.generate(7, 2, 300, TODAY)));
        assertNotEquals(first, fingerprint(DemoPlant.generate(8, 2, 300, TODAY)));
        assertEquals(fingerprint(PLANT.orders()), fingerprint(ORDERS), "playing the history again, same orders");
    }

    @Test
    void q355bHasTheChemistryAndStrengthOfGbT1591() {
        SteelGrade q355b = grade("Q355B");
        assertEquals("GB/T 1591-2018", q355b.getStandard());
        // Ladle analysis maxima of GB/T 1591-2018, Table 1, Q355 quality B, thickness up to 40 mm.
        Map<String, String> limits = Map.of("C", "0.24", "Si", "0.55", "Mn", "1.60", "P", "0.035", "S", "0.035",
                "Cr", "0.30", "Ni", "0.30", "Cu", "0.40", "N", "0.012");
        assertEquals(limits.keySet(),
                q355b.getChemistry().stream().map(ElementRange::getElement).collect(Collectors.toSet()));
        for (ElementRange range : q355b.getChemistry()) {
            assertNull(range.getMinPercent(), range.getElement());
            assertTrue(range.getMaxPercent().compareTo(new BigDecimal(limits.get(range.getElement()))) <= 0,
                    () -> range.getElement() + " max " + range.getMaxPercent());
        }
        assertEquals(355, q355b.getYieldMinMpa());
        assertEquals(470, q355b.getTensileMinMpa());
        assertEquals(630, q355b.getTensileMaxMpa());
    }

    @Test
    void everyGradeHasAStandardPhosphorusAndSulphurLimitsAndConsistentRanges() {
        assertTrue(PLANT.grades().size() >= 15);
        for (SteelGrade grade : PLANT.grades()) {
            assertTrue(grade.getStandard().matches("(GB/T|JIS G|EN) .+"), grade.getStandard());
            Set<String> elements = grade.getChemistry().stream().map(ElementRange::getElement)
                    .collect(Collectors.toSet());
            assertTrue(elements.containsAll(Set.of("P", "S")), grade.getCode() + " " + elements);
            for (ElementRange range : grade.getChemistry()) {
                assertTrue(range.getMinPercent() == null || range.getMaxPercent() == null
                        || range.getMinPercent().compareTo(range.getMaxPercent()) < 0, grade.getCode());
            }
            assertTrue(grade.getTensileMaxMpa() == null || grade.getTensileMinMpa() < grade.getTensileMaxMpa(),
                    grade.getCode());
        }
        SteelGrade rebar = grade("HRB400E");
        assertEquals(400, rebar.getYieldMinMpa());
        assertEquals(540, rebar.getTensileMinMpa());
        SteelGrade carbon45 = grade("45");
        ElementRange carbon = carbon45.getChemistry().get(0);
        assertEquals(new BigDecimal("0.42"), carbon.getMinPercent());
        assertEquals(new BigDecimal("0.50"), carbon.getMaxPercent());
    }

    @Test
    void everyOrderLineIsASizeItsProductSpecificationAdmits() {
        for (SalesOrder order : ORDERS) {
            for (OrderLine line : order.getLines()) {
                List<ProductSpec> specs = PLANT.productSpecs().stream().filter(s -> s.getForm() == line.getForm())
                        .filter(s -> s.admits(line.getThicknessMm(), line.getWidthMm())).toList();
                assertTrue(!specs.isEmpty(), () -> order.getOrderNumber() + " " + line.getForm() + " "
                        + line.getThicknessMm() + " x " + line.getWidthMm());
                assertEquals(line.getForm().isRound(), line.getWidthMm() == null);
                assertTrue(line.getTonnes().signum() > 0);
                BigDecimal price = line.getPriceCnyPerTonne();
                assertTrue(price.compareTo(new BigDecimal("2500")) > 0 && price.compareTo(new BigDecimal("7500")) < 0,
                        price::toString);
            }
        }
        Map<String, Long> formsSold = ORDERS.stream().flatMap(o -> o.getLines().stream())
                .collect(Collectors.groupingBy(l -> l.getForm().name(), Collectors.counting()));
        assertEquals(6, formsSold.size(), formsSold::toString);
    }

    @Test
    void ordersLieInTheSpanAndTheirStatusesFollowTheirDates() {
        assertEquals(LocalDate.of(2023, 7, 1), PLANT.firstDay());
        Pattern number = Pattern.compile("SO(\\d{4})-\\d{6}");
        Set<String> numbers = new HashSet<>();
        for (SalesOrder order : ORDERS) {
            LocalDate date = order.getOrderDate();
            assertTrue(!date.isBefore(PLANT.firstDay()) && !date.isAfter(TODAY), order::getOrderNumber);
            var matcher = number.matcher(order.getOrderNumber());
            assertTrue(matcher.matches(), order.getOrderNumber());
            assertEquals(date.getYear(), Integer.parseInt(matcher.group(1)));
            assertTrue(numbers.add(order.getOrderNumber()), order.getOrderNumber());
            OrderStatus least = null;
            for (OrderLine line : order.getLines()) {
                long dueInDays = ChronoUnit.DAYS.between(date, line.getDueDate());
                assertTrue(dueInDays >= 21 && dueInDays <= 56, order.getOrderNumber() + " due in " + dueInDays);
                if (line.getStatus() == OrderStatus.CANCELLED) {
                    continue;
                }
                if (line.getDueDate().plusDays(10).isBefore(TODAY)) {
                    assertEquals(OrderStatus.COMPLETED, line.getStatus(), order.getOrderNumber());
                }
                if (ChronoUnit.DAYS.between(date, TODAY) < 2) {
                    assertEquals(OrderStatus.OPEN, line.getStatus(), order.getOrderNumber());
                }
                least = least == null || line.getStatus().ordinal() < least.ordinal() ? line.getStatus() : least;
            }
            assertEquals(least == null ? OrderStatus.CANCELLED : least, order.getStatus(), order.getOrderNumber());
        }
        Map<OrderStatus, Long> statuses = ORDERS.stream()
                .collect(Collectors.groupingBy(SalesOrder::getStatus, () -> new TreeMap<>(), Collectors.counting()));
        assertEquals(Set.of(OrderStatus.values()), statuses.keySet(), statuses::toString);
        assertTrue(statuses.get(OrderStatus.CANCELLED) < ORDERS.size() * 0.05, statuses::toString);
    }

    @Test
    void someCustomersWereLostAndSomeCameBack() {
        Map<Customer, List<LocalDate>> dates = new HashMap<>();
        ORDERS.forEach(o -> dates.computeIfAbsent(o.getCustomer(), c -> new ArrayList<>()).add(o.getOrderDate()));
        LocalDate sixMonthsAgo = TODAY.minusMonths(6);
        long lost = dates.values().stream().filter(d -> d.get(d.size() - 1).isBefore(sixMonthsAgo)).count();
        long returned = dates.values().stream().filter(d -> d.get(d.size() - 1).isAfter(TODAY.minusMonths(3))
                && hasPauseOfSixMonths(d)).count();
        assertTrue(lost > 1500 * 0.10, "lost customers: " + lost);
        assertTrue(returned > 1500 * 0.03, "returning customers: " + returned);
        for (Customer customer : PLANT.customers()) {
            List<LocalDate> ordered = dates.getOrDefault(customer, List.of());
            if (PLANT.behaviourOf(customer) == BuyingBehaviour.CHURNED) {
                assertTrue(!ordered.isEmpty() && ordered.get(ordered.size() - 1).isBefore(sixMonthsAgo),
                        customer.getCode());
            }
        }
    }

    @Test
    void buildingSlowsAtTheSpringFestivalAndPeaksInSpring() {
        Map<Month, BigDecimal> construction = new TreeMap<>();
        ORDERS.stream().filter(o -> o.getCustomer().getIndustry() == Industry.CONSTRUCTION)
                .forEach(o -> construction.merge(o.getOrderDate().getMonth(), o.totalTonnes(), BigDecimal::add));
        assertTrue(construction.get(Month.FEBRUARY).multiply(BigDecimal.valueOf(2))
                .compareTo(construction.get(Month.APRIL)) < 0, construction::toString);
        assertTrue(construction.get(Month.OCTOBER).compareTo(construction.get(Month.JULY)) > 0, construction::toString);
    }

    @Test
    void aFewLargeCustomersBringMostOfTheValue() {
        Map<Customer, BigDecimal> value = new HashMap<>();
        ORDERS.forEach(o -> value.merge(o.getCustomer(), o.totalValueCny(), BigDecimal::add));
        List<BigDecimal> sorted = value.values().stream().sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal topFifth = sorted.stream().limit(sorted.size() / 5).reduce(BigDecimal.ZERO, BigDecimal::add);
        double share = topFifth.doubleValue() / total.doubleValue();
        assertTrue(share > 0.6 && share < 0.95, "top 20 % of customers bring " + share);
    }

    @Test
    void customersLookLikeChineseCompaniesWithABuyer() {
        List<Customer> customers = PLANT.customers();
        assertEquals(1500, customers.size());
        assertEquals(customers.size(), customers.stream().map(Customer::getCode).distinct().count());
        assertEquals(customers.size(), customers.stream().map(Customer::getName).distinct().count());
        for (Customer customer : customers) {
            assertTrue(customer.getName().endsWith("有限公司"), customer.getName());
            assertTrue(customer.getLocation().getLatitude() > 18 && customer.getLocation().getLatitude() < 54);
            assertTrue(customer.getLocation().getLongitude() > 73 && customer.getLocation().getLongitude() < 135);
            assertTrue(customer.getCreditLimit().signum() > 0);
            assertEquals("采购经理", customer.getContacts().get(0).getRole());
            assertTrue(customer.getContacts().get(0).getEmail().endsWith(".example"));
        }
        assertEquals(Set.of(Industry.values()),
                customers.stream().map(Customer::getIndustry).collect(Collectors.toSet()));
        assertEquals(Set.of(BuyingBehaviour.values()),
                customers.stream().map(PLANT::behaviourOf).collect(Collectors.toSet()));
    }

    @Test
    void theWorksHaveBothSteelRoutesAndTheirMills() {
        assertEquals(2, PLANT.plants().size());
        Set<WorkCenterType> types = PLANT.workCenters().stream().map(w -> w.getType()).collect(Collectors.toSet());
        assertEquals(Set.of(WorkCenterType.values()), types);
        assertTrue(PLANT.warehouses().stream().anyMatch(w -> w.getPlant() == null), "distribution centres");
        assertTrue(PLANT.warehouses().stream().map(w -> w.getLocation().getProvince()).distinct().count() >= 6);
        PLANT.warehouses().forEach(w -> assertNotNull(w.getLocation().getLatitude(), w.getCode()));
        assertTrue(PLANT.suppliers().stream().allMatch(s -> !s.getMaterials().isEmpty()));
        assertEquals(PLANT.materials().size(),
                PLANT.suppliers().stream().flatMap(s -> s.getMaterials().stream()).distinct().count(),
                "every material has a supplier");
    }

    @Test
    void refusesAnEmptyHistoryOrCustomerList() {
        assertThrows(IllegalArgumentException.class, () -> DemoPlant.generate(1, 0, 10, TODAY));
        assertThrows(IllegalArgumentException.class, () -> DemoPlant.generate(1, 1, 0, TODAY));
    }

    @Test
    void springFestivalFallsOnTheAlmanacDayOrNextToIt() {
        Map<Integer, LocalDate> almanac = Map.of(2023, LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10),
                2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6));
        almanac.forEach((year, day) -> assertTrue(
                Math.abs(ChronoUnit.DAYS.between(day, Season.springFestival(year))) <= 1, year::toString));
    }

    private static SteelGrade grade(String code) {
        return PLANT.grades().stream().filter(g -> g.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static boolean hasPauseOfSixMonths(List<LocalDate> dates) {
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i - 1).plusMonths(6).isBefore(dates.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String fingerprint(DemoPlant plant) {
        StringBuilder text = new StringBuilder();
        for (Customer customer : plant.customers()) {
            text.append(customer.getCode()).append(customer.getName()).append(customer.getIndustry())
                    .append(customer.getLocation().getCity()).append(customer.getLocation().getLatitude())
                    .append(customer.getCreditLimit()).append(customer.getGrade());
            customer.getContacts().forEach(c -> text.append(c.getName()).append(c.getPhone()).append(c.getEmail()));
        }
        return sha256(text.append(fingerprint(plant.orders())).toString());
    }

    private static String fingerprint(List<SalesOrder> orders) {
        StringBuilder text = new StringBuilder();
        for (SalesOrder order : orders) {
            text.append(order.getOrderNumber()).append(order.getCustomer().getCode()).append(order.getOrderDate())
                    .append(order.getStatus());
            for (OrderLine line : order.getLines()) {
                text.append(line.getGrade().getCode()).append(line.getThicknessMm()).append(line.getWidthMm())
                        .append(line.getTonnes()).append(line.getDueDate()).append(line.getPriceCnyPerTonne())
                        .append(line.getStatus());
            }
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
