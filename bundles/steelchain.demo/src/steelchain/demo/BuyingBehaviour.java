package steelchain.demo;

import java.util.EnumMap;
import java.util.Map;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;

/**
 * How a customer buys over the years. The mix is what customer segmentation (RFM) is meant to
 * find again: a few large stable accounts that carry most of the tonnage, growing accounts,
 * a broad steady middle, small seasonal and occasional buyers, customers lost some months ago
 * and customers who came back after a long pause.
 */
public enum BuyingBehaviour {

    /** Carmakers, shipyards, large traders: orders every week, a hundred tonnes and more a line. */
    KEY_ACCOUNT(0.04, 40, 80, 100, 300, 4, grades(0.75, 0.25, 0, 0), 3, 4),
    /** Ordering more every year; some only became customers during the history. */
    GROWING(0.10, 10, 24, 40, 200, 4, grades(0.2, 0.5, 0.3, 0), 2, 3),
    /** Regular mid-sized buyers, one or two orders a month. */
    STEADY(0.30, 10, 24, 30, 150, 3, grades(0.05, 0.45, 0.45, 0.05), 1, 3),
    /** Small buyers who order only in their season, e.g. contractors in spring and autumn. */
    SEASONAL(0.16, 3, 6, 8, 30, 2, grades(0, 0.1, 0.5, 0.4), 1, 2),
    /** Small buyers ordering a few times a year, at any time. */
    OCCASIONAL(0.14, 1, 4, 5, 25, 2, grades(0, 0.05, 0.45, 0.5), 1, 2),
    /** Used to order regularly and stopped at least six months ago. */
    CHURNED(0.16, 6, 18, 15, 80, 3, grades(0, 0.25, 0.5, 0.25), 1, 2),
    /** Paused for six months or more and ordered again in the last weeks. */
    RETURNING(0.10, 4, 10, 10, 40, 3, grades(0, 0.15, 0.55, 0.3), 1, 2);

    final double share;
    final int ordersPerYearMin;
    final int ordersPerYearMax;
    final int lineTonnesMin;
    final int lineTonnesMax;
    final int linesPerOrderMax;
    final Map<CustomerGrade, Double> gradeWeights;
    final int contactsMin;
    final int contactsMax;

    BuyingBehaviour(double share, int ordersPerYearMin, int ordersPerYearMax, int lineTonnesMin, int lineTonnesMax,
            int linesPerOrderMax, Map<CustomerGrade, Double> gradeWeights, int contactsMin, int contactsMax) {
        this.share = share;
        this.ordersPerYearMin = ordersPerYearMin;
        this.ordersPerYearMax = ordersPerYearMax;
        this.lineTonnesMin = lineTonnesMin;
        this.lineTonnesMax = lineTonnesMax;
        this.linesPerOrderMax = linesPerOrderMax;
        this.gradeWeights = gradeWeights;
        this.contactsMin = contactsMin;
        this.contactsMax = contactsMax;
    }

    /** Which industries customers of this kind are in, relative weights. */
    double industryWeight(Industry industry) {
        return switch (this) {
            case KEY_ACCOUNT -> switch (industry) {
                case AUTOMOTIVE -> 25;
                case TRADING -> 20;
                case SHIPBUILDING -> 15;
                case CONTAINERS, ENERGY, CONSTRUCTION, APPLIANCES -> 10;
                case MACHINERY -> 0;
            };
            case SEASONAL -> switch (industry) {
                case CONSTRUCTION -> 55;
                case TRADING -> 25;
                case MACHINERY, ENERGY -> 10;
                case AUTOMOTIVE, APPLIANCES, SHIPBUILDING, CONTAINERS -> 0;
            };
            default -> switch (industry) {
                case CONSTRUCTION -> 28;
                case TRADING -> 22;
                case MACHINERY -> 14;
                case AUTOMOTIVE -> 10;
                case APPLIANCES -> 9;
                case SHIPBUILDING -> 7;
                case ENERGY -> 6;
                case CONTAINERS -> 4;
            };
        };
    }

    private static Map<CustomerGrade, Double> grades(double a, double b, double c, double d) {
        return new EnumMap<>(Map.of(CustomerGrade.A, a, CustomerGrade.B, b, CustomerGrade.C, c, CustomerGrade.D, d));
    }
}
