package steelchain.marketing.ui.customer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import steelchain.core.model.ModelWords;
import steelchain.core.text.Texts;
import steelchain.marketing.customer.CustomerProfile;
import steelchain.marketing.customer.CustomerProfile.MonthTotal;
import steelchain.marketing.customer.CustomerProfile.OpenLine;
import steelchain.marketing.sales.CreditPosition;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.sales.SalesTexts;
import steelchain.marketing.segmentation.CustomerSegments.Entry;
import steelchain.marketing.ui.insight.InsightTexts;

/**
 * Turns a {@link CustomerProfile} into what the customer 360 view shows: labelled facts in
 * the user's language and units, and the series of the trend chart. Kept apart from SWT so
 * that it can be tested without a display.
 */
final class ProfilePresenter {

    static final Texts TEXTS = Texts.of(ProfilePresenter.class);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** A label and its value. */
    record Fact(String label, String value) {
    }

    /** The trend chart's series: one category per month. */
    record Trend(String[] months, double[] tonnes, double[] revenueTenThousandCny) {
    }

    private final Locale locale;
    private final NumberFormat whole;
    private final NumberFormat decimal;

    ProfilePresenter(Locale locale) {
        this.locale = locale;
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(3);
    }

    String title(CustomerProfile profile) {
        return profile.code() + "  " + profile.name();
    }

    /** Who the customer is: industry, place, grade, credit. */
    List<Fact> identity(CustomerProfile profile) {
        return List.of(
                new Fact(text("industry"), ModelWords.of(profile.industry(), locale)),
                new Fact(text("location"), join(profile.province(), profile.city())),
                new Fact(text("grade"), profile.grade() == null ? "" : profile.grade().name()),
                new Fact(text("creditLimit"), cny(profile.creditLimitCny())));
    }

    /** What the customer bought over the whole relationship. */
    List<Fact> lifetime(CustomerProfile profile) {
        CustomerProfile.Lifetime lifetime = profile.lifetime();
        if (lifetime.firstOrder() == null) {
            return List.of(new Fact(text("orders"), text("noOrders")));
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text("orders"), whole.format(lifetime.orders())));
        facts.add(new Fact(text("tonnes"), tonnes(lifetime.tonnes())));
        facts.add(new Fact(text("revenue"), cny(lifetime.revenueCny())));
        facts.add(new Fact(text("averagePrice"), text("cnyPerTonne", whole.format(lifetime.averagePriceCnyPerTonne()))));
        facts.add(new Fact(text("relationship"), text("fromTo", date(lifetime.firstOrder()), date(lifetime.lastOrder()))));
        return facts;
    }

    /** What the customer owes and may still buy on credit. */
    List<Fact> credit(CreditPosition credit) {
        return List.of(new Fact(text("openReceivables"), cny(credit.openReceivablesCny())),
                new Fact(text("remainingCredit"), cny(credit.remainingCreditCny())),
                new Fact(text("overdue"), cny(credit.overdueCny())));
    }

    /** What the customer is worth: segment, contribution, loyalty; only the parts that are known. */
    List<Fact> value(CustomerPage page) {
        List<Fact> facts = new ArrayList<>();
        if (!page.segments().isEmpty()) {
            Entry current = page.segments().get(0);
            facts.add(new Fact(text("segment"), current.segment().label(locale)));
            facts.add(new Fact(text("rfmScores"), text("rfmScoresValue", current.recencyScore(),
                    current.frequencyScore(), current.monetaryScore())));
            facts.add(new Fact(text("strategy"), current.segment().strategy(locale)));
        }
        if (page.contribution() != null) {
            facts.add(new Fact(text("contribution"), cny(page.contribution().contribution())));
            facts.add(new Fact(text("margin"), text("percent", page.contribution().marginRatio())));
        }
        if (page.loyalty() != null && page.loyalty().tier() != null) {
            facts.add(new Fact(text("loyalty"), text("loyaltyValue", InsightTexts.of(page.loyalty().tier(), locale),
                    whole.format(page.loyalty().balance()), whole.format(page.loyalty().rebateCny()))));
        }
        return facts;
    }

    /** One open record of the sales loop as the table shows it: step, number, state, date, value. */
    List<String> salesRow(SalesRecordRow row) {
        return List.of(SalesTexts.typeName(locale, row.type()), row.number(), SalesTexts.stateName(locale, row.state()),
                date(row.date()), row.valueCny() == null ? "" : cny(row.valueCny()),
                row.overdue() ? text("overdueMark") : "");
    }

    /** A past segment: when it was found and what it was. */
    List<String> segmentRow(Entry entry) {
        return List.of(entry.startedAt().toLocalDate().toString(), entry.segment().label(locale),
                text("rfmScoresValue", entry.recencyScore(), entry.frequencyScore(), entry.monetaryScore()));
    }

    Trend trend(CustomerProfile profile) {
        List<MonthTotal> months = profile.months();
        String[] labels = new String[months.size()];
        double[] tonnes = new double[months.size()];
        double[] revenue = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            MonthTotal month = months.get(i);
            labels[i] = month.month().toString();
            tonnes[i] = month.tonnes().doubleValue();
            revenue[i] = month.revenueCny().divide(TEN_THOUSAND).doubleValue();
        }
        return new Trend(labels, tonnes, revenue);
    }

    /** Thickness x width in mm, or the diameter of a round product. */
    String size(OpenLine line) {
        if (line.form() != null && line.form().isRound()) {
            return "Φ" + number(line.thicknessMm());
        }
        return line.widthMm() == null ? number(line.thicknessMm())
                : number(line.thicknessMm()) + " × " + number(line.widthMm());
    }

    /** A quantity as people write it: grouped, without trailing zeros (12.5, 1,250). */
    String number(BigDecimal value) {
        return value == null ? "" : decimal.format(value);
    }

    String tonnes(BigDecimal value) {
        return text("tonnesValue", number(value));
    }

    String cny(BigDecimal value) {
        return value == null ? "" : text("cnyValue", whole.format(value));
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    String text(String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    private static String join(String province, String city) {
        if (province == null || province.isBlank()) {
            return city == null ? "" : city;
        }
        return city == null || city.isBlank() || city.equals(province) ? province : province + " " + city;
    }
}
