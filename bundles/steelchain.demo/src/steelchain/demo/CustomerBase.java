package steelchain.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.Location;
import steelchain.demo.Cities.City;
import steelchain.demo.CustomerPlan.Favourite;
import steelchain.demo.Products.Product;
import steelchain.demo.Products.Share;
import steelchain.demo.Products.Size;

/** Invents the customers and decides how each will order. */
final class CustomerBase {

    private static final List<String> CONTACT_ROLES = List.of("采购专员", "质量工程师", "财务经理", "物流主管", "总经理",
            "技术总监");
    private static final List<String> MOBILE_PREFIXES = List.of("133", "135", "136", "137", "138", "139", "150", "151",
            "152", "158", "159", "177", "180", "181", "186", "187", "188", "189", "199");
    /** The price a grade pays against list: tiered by credit and service grade. */
    private static final double[] GRADE_PRICE_TERMS = { 0.98, 0.99, 1.00, 1.015 };
    /** Credit a grade gets, in days of its purchases. */
    private static final int[] GRADE_CREDIT_DAYS = { 60, 45, 30, 15 };
    private static final double AVERAGE_PRICE_CNY = 4000;

    private final Chance chance;
    private final Products products;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final long spanDays;
    private final Set<String> usedNames = new HashSet<>();

    CustomerBase(Chance chance, Products products, LocalDate firstDay, LocalDate today) {
        this.chance = chance;
        this.products = products;
        this.firstDay = firstDay;
        this.today = today;
        spanDays = ChronoUnit.DAYS.between(firstDay, today);
    }

    List<CustomerPlan> generate(int count) {
        List<CustomerPlan> plans = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            plans.add(plan(index));
        }
        return plans;
    }

    private CustomerPlan plan(int index) {
        BuyingBehaviour behaviour = chance.weighted(List.of(BuyingBehaviour.values()), b -> b.share);
        Industry industry = chance.weighted(List.of(Industry.values()), behaviour::industryWeight);
        City city = chance.weighted(Cities.ALL, c -> c.weightFor(industry));
        Names.Company company = uniqueCompany(city, industry, behaviour == BuyingBehaviour.KEY_ACCOUNT);
        Customer customer = new Customer("C%06d".formatted(index + 1), company.name(), industry);
        // Spread the companies over the city rather than stacking them on its centre.
        double latitude = round4(city.latitude() + chance.between(-0.04, 0.04));
        double longitude = round4(city.longitude() + chance.between(-0.04, 0.04));
        customer.setLocation(new Location(city.province(), city.name(), latitude, longitude));

        double ordersPerYear = chance.between(behaviour.ordersPerYearMin, behaviour.ordersPerYearMax);
        double lineTonnesMedian = behaviour.lineTonnesMin
                * StrictMath.pow((double) behaviour.lineTonnesMax / behaviour.lineTonnesMin, chance.between(0.0, 1.0));
        List<Favourite> favourites = favourites(industry, behaviour);

        LocalDate joined = null;
        LocalDate lastActive = null;
        LocalDate pauseFrom = null;
        LocalDate pauseUntil = null;
        Set<Month> seasonMonths = EnumSet.noneOf(Month.class);
        double growthPerYear = 1.0;
        LocalDate growthFrom = null;
        switch (behaviour) {
            case GROWING -> {
                if (chance.chance(0.4)) {
                    joined = firstDay.plusDays((long) chance.between(0, spanDays * 0.7));
                }
                growthPerYear = chance.between(1.25, 1.6);
                // Growth is recent: over the last three years at most, however long the history.
                LocalDate threeYearsAgo = today.minusYears(3);
                growthFrom = joined != null && joined.isAfter(threeYearsAgo) ? joined
                        : firstDay.isAfter(threeYearsAgo) ? firstDay : threeYearsAgo;
            }
            // Silent for at least 200 days (more than six months) before today.
            case CHURNED -> lastActive = today
                    .minusDays((long) chance.between(200, StrictMath.min(730, spanDays - 60)));
            case RETURNING -> {
                pauseUntil = today.minusDays((long) chance.between(0, 75));
                long pauseDays = (long) chance.between(190,
                        StrictMath.min(430, ChronoUnit.DAYS.between(firstDay, pauseUntil) - 60));
                pauseFrom = pauseUntil.minusDays(pauseDays);
            }
            case SEASONAL -> seasonMonths = seasonMonths(industry);
            default -> {
                // Key accounts, steady and occasional buyers order all through the history.
            }
        }

        CustomerGrade grade = chance.weighted(List.of(CustomerGrade.values()), g -> behaviour.gradeWeights.get(g));
        customer.setGrade(grade);
        double averageLines = (1 + behaviour.linesPerOrderMax) / 2.0;
        double yearlyValueCny = ordersPerYear * averageLines * lineTonnesMedian * AVERAGE_PRICE_CNY;
        customer.setCreditLimit(creditLimit(yearlyValueCny * GRADE_CREDIT_DAYS[grade.ordinal()] / 365));
        addContacts(customer, company.tradeNamePinyin(), behaviour);

        double priceTerms = GRADE_PRICE_TERMS[grade.ordinal()]
                * (behaviour == BuyingBehaviour.KEY_ACCOUNT ? 0.99 : 1.0) * (1 + 0.01 * chance.gaussian());
        return new CustomerPlan(index, customer, behaviour, ordersPerYear, lineTonnesMedian, favourites, joined,
                lastActive, pauseFrom, pauseUntil, seasonMonths, growthPerYear, growthFrom, priceTerms,
                chance.nextSeed());
    }

    private Names.Company uniqueCompany(City city, Industry industry, boolean large) {
        Names.Company company = Names.company(chance, city.shortName(), industry, large);
        while (!usedNames.add(company.name())) {
            company = Names.company(chance, city.shortName(), industry, large);
        }
        return company;
    }

    /** The products it buys: a few of what its industry buys, each in the sizes its workshop uses. */
    private List<Favourite> favourites(Industry industry, BuyingBehaviour behaviour) {
        List<Share> candidates = new ArrayList<>(products.boughtBy(industry));
        int count = StrictMath.min(candidates.size(),
                behaviour == BuyingBehaviour.KEY_ACCOUNT ? chance.between(3, 5) : chance.between(1, 3));
        List<Favourite> favourites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Share share = chance.weighted(candidates, Share::weight);
            candidates.remove(share);
            Product product = share.product();
            List<Size> usualSizes = new ArrayList<>();
            int sizes = chance.between(1, 3);
            for (int s = 0; s < sizes; s++) {
                Size size = chance.pick(product.sizes());
                if (!usualSizes.contains(size)) {
                    usualSizes.add(size);
                }
            }
            favourites.add(new Favourite(product, share.weight() * chance.between(0.5, 1.5), List.copyOf(usualSizes)));
        }
        return List.copyOf(favourites);
    }

    private Set<Month> seasonMonths(Industry industry) {
        List<Month> season = new ArrayList<>(switch (industry) {
            case CONSTRUCTION -> List.of(Month.MARCH, Month.APRIL, Month.MAY, Month.SEPTEMBER, Month.OCTOBER);
            case TRADING -> List.of(Month.MARCH, Month.APRIL, Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER);
            case MACHINERY -> List.of(Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY);
            default -> List.of(Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST, Month.SEPTEMBER);
        });
        Set<Month> months = EnumSet.noneOf(Month.class);
        int count = chance.between(2, 4);
        while (months.size() < count) {
            months.add(chance.pick(season));
        }
        return months;
    }

    private void addContacts(Customer customer, String domainName, BuyingBehaviour behaviour) {
        int count = chance.between(behaviour.contactsMin, behaviour.contactsMax);
        List<String> roles = new ArrayList<>(CONTACT_ROLES);
        for (int i = 0; i < count; i++) {
            // Every customer has a buyer; the others are whoever the sales staff deal with.
            String role = i == 0 ? "采购经理" : roles.remove(chance.between(0, roles.size() - 1));
            Names.Person person = Names.person(chance);
            String mobile = chance.pick(MOBILE_PREFIXES) + "%08d".formatted(chance.between(0, 99_999_999));
            // .example is reserved (RFC 2606): demo mail can never reach a real company.
            customer.addContact(person.name(), role, mobile, person.mailbox() + "@" + domainName + ".example");
        }
    }

    /** Rounded to 50,000 CNY, as credit committees set limits; at least 50,000. */
    private static BigDecimal creditLimit(double cny) {
        long steps = StrictMath.max(1, StrictMath.round(cny / 50_000));
        return BigDecimal.valueOf(steps * 50_000).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static double round4(double degrees) {
        return StrictMath.round(degrees * 10_000) / 10_000.0;
    }
}
