package steelchain.marketing.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The loyalty rule, as a plant's sales department states it:
 * <ul>
 * <li>every tonne ordered earns points on the order date (cancelled lines earn none): one point per
 * tonne, times 1 + 0.25 for every full year the customer has ordered from us by then, at most
 * two points per tonne (from the fourth year on);</li>
 * <li>points expire three years after they were earned;</li>
 * <li>the tier follows the full years since the first order: member below two, silver from two,
 * gold from five;</li>
 * <li>the balance is paid out as a rebate on later invoices at {@value #REBATE_CNY_PER_POINT} CNY per
 * point.</li>
 * </ul>
 */
public final class LoyaltyRule {

    /** Rebate value of a point, CNY. */
    public static final int REBATE_CNY_PER_POINT = 5;
    static final BigDecimal STEP_PER_YEAR = new BigDecimal("0.25");
    static final BigDecimal MAX_POINTS_PER_TONNE = new BigDecimal("2.00");
    static final int EXPIRY_YEARS = 3;

    /** A customer's tier in the programme. */
    public enum Tier {
        MEMBER(0), SILVER(2), GOLD(5);

        private final int fromYears;

        Tier(int fromYears) {
            this.fromYears = fromYears;
        }

        /** Full years of relationship from which the tier applies. */
        public int fromYears() {
            return fromYears;
        }

        static Tier of(int years) {
            Tier tier = MEMBER;
            for (Tier candidate : values()) {
                if (years >= candidate.fromYears) {
                    tier = candidate;
                }
            }
            return tier;
        }
    }

    /** Tonnes ordered on a day. */
    public record Purchase(LocalDate date, BigDecimal tonnes) {
    }

    /** Points earned and expired in one calendar year, and the tonnes that earned them. */
    public record YearEntry(int year, BigDecimal tonnes, BigDecimal earned, BigDecimal expired) {
    }

    /**
     * A customer's standing on a day.
     *
     * @param firstOrder the day of the first order, null when there is none
     * @param years      full years from the first order to the day
     * @param balance    points earned and not yet expired
     * @param history    per calendar year, oldest first
     */
    public record Account(LocalDate asOf, LocalDate firstOrder, int years, Tier tier, BigDecimal balance,
            BigDecimal rebateCny, List<YearEntry> history) {
    }

    private LoyaltyRule() {
    }

    /** Points per tonne for an order {@code years} full years after the first. */
    public static BigDecimal pointsPerTonne(int years) {
        return BigDecimal.ONE.add(STEP_PER_YEAR.multiply(BigDecimal.valueOf(years))).min(MAX_POINTS_PER_TONNE);
    }

    /** The account on {@code asOf} from the purchases (any order; those after the day are ignored). */
    public static Account account(List<Purchase> purchases, LocalDate asOf) {
        List<Purchase> known = purchases.stream().filter(p -> !p.date().isAfter(asOf))
                .sorted(Comparator.comparing(Purchase::date)).toList();
        if (known.isEmpty()) {
            return new Account(asOf, null, 0, Tier.MEMBER, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        }
        LocalDate first = known.get(0).date();
        Map<Integer, BigDecimal[]> years = new TreeMap<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (Purchase purchase : known) {
            int fullYears = Period.between(first, purchase.date()).getYears();
            BigDecimal points = purchase.tonnes().multiply(pointsPerTonne(fullYears)).setScale(1, RoundingMode.HALF_UP);
            BigDecimal[] earnedYear = years.computeIfAbsent(purchase.date().getYear(), y -> zeros());
            earnedYear[0] = earnedYear[0].add(purchase.tonnes());
            earnedYear[1] = earnedYear[1].add(points);
            LocalDate expiry = purchase.date().plusYears(EXPIRY_YEARS);
            if (expiry.isAfter(asOf)) {
                balance = balance.add(points);
            } else {
                BigDecimal[] expiredYear = years.computeIfAbsent(expiry.getYear(), y -> zeros());
                expiredYear[2] = expiredYear[2].add(points);
            }
        }
        List<YearEntry> history = new ArrayList<>();
        years.forEach((year, sums) -> history.add(new YearEntry(year, sums[0], sums[1], sums[2])));
        int fullYears = Period.between(first, asOf).getYears();
        return new Account(asOf, first, fullYears, Tier.of(fullYears), balance,
                balance.multiply(BigDecimal.valueOf(REBATE_CNY_PER_POINT)).setScale(0, RoundingMode.HALF_UP),
                history);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
    }
}
