package steelchain.demo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import steelchain.core.model.ProductForm;
import steelchain.core.model.ProductSpec;

/**
 * What the mill's lines can roll, per product form, split into thickness bands because the
 * thickness tolerance grows with thickness (GB/T 709-2019 for hot-rolled flat products,
 * GB/T 708-2019 for cold-rolled, EN 10143 for hot-dip coated, GB/T 1499.2 inner diameter for
 * rebar, GB/T 14981 class B for wire rod). Width tolerances are the over-width allowed on a
 * mill or trimmed edge. Also the sizes customers actually order, from the common market sizes.
 */
final class ProductSpecs {

    private ProductSpecs() {
    }

    static List<ProductSpec> all() {
        return List.of(
                // Hot strip mill 2050 mm: thin gauges cannot be rolled at full width.
                flat("HRC-1.8-3.0", ProductForm.HOT_ROLLED_COIL, "1.80", "3.00", "900", "1600", "0.19", "20"),
                flat("HRC-3.0-6.0", ProductForm.HOT_ROLLED_COIL, "3.00", "6.00", "900", "1900", "0.26", "20"),
                flat("HRC-6.0-12.7", ProductForm.HOT_ROLLED_COIL, "6.00", "12.70", "900", "2100", "0.34", "25"),
                flat("HRC-12.7-25.4", ProductForm.HOT_ROLLED_COIL, "12.70", "25.40", "1000", "2100", "0.45", "25"),
                // Tandem cold mill 2030 mm, trimmed edge.
                flat("CRC-0.3-0.6", ProductForm.COLD_ROLLED_COIL, "0.30", "0.60", "900", "1500", "0.05", "5"),
                flat("CRC-0.6-1.2", ProductForm.COLD_ROLLED_COIL, "0.60", "1.20", "900", "1850", "0.08", "5"),
                flat("CRC-1.2-2.0", ProductForm.COLD_ROLLED_COIL, "1.20", "2.00", "900", "1850", "0.12", "5"),
                flat("CRC-2.0-3.0", ProductForm.COLD_ROLLED_COIL, "2.00", "3.00", "900", "1850", "0.16", "5"),
                // Hot-dip galvanizing lines up to 1650 mm.
                flat("GI-0.3-0.6", ProductForm.GALVANIZED_COIL, "0.30", "0.60", "800", "1500", "0.04", "5"),
                flat("GI-0.6-1.2", ProductForm.GALVANIZED_COIL, "0.60", "1.20", "800", "1650", "0.07", "5"),
                flat("GI-1.2-2.0", ProductForm.GALVANIZED_COIL, "1.20", "2.00", "800", "1650", "0.10", "5"),
                flat("GI-2.0-3.0", ProductForm.GALVANIZED_COIL, "2.00", "3.00", "800", "1650", "0.14", "5"),
                // Plate mill 4300 mm.
                flat("PL-6-20", ProductForm.PLATE, "6.00", "20.00", "1500", "4000", "0.80", "20"),
                flat("PL-20-60", ProductForm.PLATE, "20.00", "60.00", "1500", "4000", "1.10", "20"),
                flat("PL-60-150", ProductForm.PLATE, "60.00", "150.00", "1500", "3500", "1.60", "25"),
                round("RB-6-12", ProductForm.REBAR, "6.00", "12.00", "0.40"),
                round("RB-14-22", ProductForm.REBAR, "14.00", "22.00", "0.50"),
                round("RB-25-40", ProductForm.REBAR, "25.00", "40.00", "0.70"),
                round("WR-5.5-10", ProductForm.WIRE_ROD, "5.50", "10.00", "0.25"),
                round("WR-10.5-16", ProductForm.WIRE_ROD, "10.50", "16.00", "0.30"));
    }

    /** Thicknesses (diameters) customers order, mm. */
    static List<BigDecimal> orderedThicknesses(ProductForm form) {
        return decimals(switch (form) {
            case HOT_ROLLED_COIL -> new String[] { "1.80", "2.00", "2.30", "2.50", "2.75", "3.00", "3.50", "3.75", "4.00",
                    "4.50", "5.00", "5.50", "5.75", "6.00", "7.75", "8.00", "9.50", "9.75", "10.00", "11.75", "12.00",
                    "14.00", "16.00", "18.00", "20.00", "22.00", "25.40" };
            case COLD_ROLLED_COIL -> new String[] { "0.30", "0.35", "0.40", "0.45", "0.50", "0.55", "0.60", "0.65", "0.70",
                    "0.75", "0.80", "0.90", "1.00", "1.10", "1.20", "1.50", "1.80", "2.00", "2.50", "3.00" };
            case GALVANIZED_COIL -> new String[] { "0.30", "0.35", "0.40", "0.45", "0.50", "0.60", "0.70", "0.80", "1.00",
                    "1.20", "1.50", "2.00", "2.50", "3.00" };
            case PLATE -> new String[] { "6.00", "8.00", "10.00", "12.00", "14.00", "16.00", "18.00", "20.00", "22.00",
                    "25.00", "28.00", "30.00", "32.00", "36.00", "40.00", "45.00", "50.00", "60.00", "70.00", "80.00",
                    "100.00", "120.00", "150.00" };
            case REBAR -> new String[] { "6.00", "8.00", "10.00", "12.00", "14.00", "16.00", "18.00", "20.00", "22.00",
                    "25.00", "28.00", "32.00", "36.00", "40.00" };
            case WIRE_ROD -> new String[] { "5.50", "6.00", "6.50", "8.00", "10.00", "12.00", "14.00", "16.00" };
        });
    }

    /** Widths customers order, mm; none for round products. */
    static List<BigDecimal> orderedWidths(ProductForm form) {
        return decimals(switch (form) {
            case HOT_ROLLED_COIL -> new String[] { "1000.0", "1010.0", "1050.0", "1220.0", "1250.0", "1260.0", "1500.0",
                    "1510.0", "1550.0", "1800.0", "2000.0" };
            case COLD_ROLLED_COIL -> new String[] { "1000.0", "1010.0", "1219.0", "1220.0", "1250.0", "1260.0", "1500.0",
                    "1520.0", "1550.0", "1650.0" };
            case GALVANIZED_COIL -> new String[] { "914.0", "1000.0", "1219.0", "1220.0", "1250.0", "1500.0" };
            case PLATE -> new String[] { "1800.0", "2000.0", "2200.0", "2500.0", "2800.0", "3000.0", "3200.0", "3500.0" };
            case REBAR, WIRE_ROD -> new String[0];
        });
    }

    private static List<BigDecimal> decimals(String[] values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static ProductSpec flat(String code, ProductForm form, String thicknessMin, String thicknessMax,
            String widthMin, String widthMax, String thicknessTolerance, String widthTolerance) {
        return new ProductSpec(code, form, new BigDecimal(thicknessMin), new BigDecimal(thicknessMax),
                new BigDecimal(widthMin).setScale(1), new BigDecimal(widthMax).setScale(1),
                new BigDecimal(thicknessTolerance), new BigDecimal(widthTolerance).setScale(1));
    }

    private static ProductSpec round(String code, ProductForm form, String diameterMin, String diameterMax,
            String diameterTolerance) {
        return new ProductSpec(code, form, new BigDecimal(diameterMin), new BigDecimal(diameterMax), null, null,
                new BigDecimal(diameterTolerance), null);
    }
}
