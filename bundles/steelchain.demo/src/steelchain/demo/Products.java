package steelchain.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import steelchain.core.model.Industry;
import steelchain.core.model.ProductForm;
import steelchain.core.model.ProductSpec;
import steelchain.core.model.SteelGrade;

/**
 * The mill's sales catalogue: which grade it sells in which form and thickness range, what each
 * industry buys, and list prices in CNY per tonne at a market index of 1.0 (roughly the
 * Shanghai spot level of 2024: hot-rolled coil 3.0-12 mm around 3,800 CNY/t).
 */
final class Products {

    /** One grade in one form, in the sizes customers order and the specifications admit. */
    record Product(SteelGrade grade, ProductForm form, int gradeExtraCny, List<Size> sizes) {

        String key() {
            return grade.getCode() + " " + form;
        }
    }

    /** An ordered size: thickness (or diameter) and width, none for round products. */
    record Size(BigDecimal thicknessMm, BigDecimal widthMm) {
    }

    /** A product an industry buys, and how much of its tonnage that product is. */
    record Share(Product product, double weight) {
    }

    private static final Map<ProductForm, Integer> LIST_PRICE_CNY = new EnumMap<>(Map.of(
            ProductForm.HOT_ROLLED_COIL, 3800, ProductForm.COLD_ROLLED_COIL, 4500, ProductForm.GALVANIZED_COIL, 4900,
            ProductForm.PLATE, 3950, ProductForm.REBAR, 3650, ProductForm.WIRE_ROD, 3800));

    private final Map<String, Product> byKey;
    private final Map<Industry, List<Share>> byIndustry = new EnumMap<>(Industry.class);

    Products(List<SteelGrade> grades, List<ProductSpec> specs) {
        Map<String, SteelGrade> grade = grades.stream()
                .collect(Collectors.toMap(SteelGrade::getCode, Function.identity()));
        List<Product> products = new ArrayList<>();
        // grade, form, thickness range sold, grade extra over the form's list price
        products.add(product(grade.get("Q195"), ProductForm.WIRE_ROD, "5.50", "10.00", -40, specs));
        products.add(product(grade.get("Q235B"), ProductForm.HOT_ROLLED_COIL, "1.80", "25.40", 0, specs));
        products.add(product(grade.get("Q235B"), ProductForm.PLATE, "6.00", "100.00", 0, specs));
        products.add(product(grade.get("Q235B"), ProductForm.WIRE_ROD, "5.50", "16.00", 20, specs));
        products.add(product(grade.get("Q345B"), ProductForm.HOT_ROLLED_COIL, "2.00", "25.40", 130, specs));
        products.add(product(grade.get("Q345B"), ProductForm.PLATE, "6.00", "100.00", 130, specs));
        products.add(product(grade.get("Q355B"), ProductForm.HOT_ROLLED_COIL, "2.00", "25.40", 150, specs));
        products.add(product(grade.get("Q355B"), ProductForm.PLATE, "6.00", "150.00", 150, specs));
        products.add(product(grade.get("SS400"), ProductForm.HOT_ROLLED_COIL, "1.80", "25.40", 20, specs));
        products.add(product(grade.get("SS400"), ProductForm.PLATE, "6.00", "60.00", 20, specs));
        products.add(product(grade.get("SPHC"), ProductForm.HOT_ROLLED_COIL, "1.80", "12.00", 60, specs));
        products.add(product(grade.get("SPCC"), ProductForm.COLD_ROLLED_COIL, "0.30", "3.00", 0, specs));
        products.add(product(grade.get("DC01"), ProductForm.COLD_ROLLED_COIL, "0.40", "3.00", 60, specs));
        products.add(product(grade.get("DC04"), ProductForm.COLD_ROLLED_COIL, "0.60", "2.00", 350, specs));
        products.add(product(grade.get("DX51D+Z"), ProductForm.GALVANIZED_COIL, "0.30", "3.00", 0, specs));
        products.add(product(grade.get("S350GD+Z"), ProductForm.GALVANIZED_COIL, "0.60", "3.00", 180, specs));
        products.add(product(grade.get("HRB400E"), ProductForm.REBAR, "6.00", "40.00", 0, specs));
        products.add(product(grade.get("HRB500E"), ProductForm.REBAR, "10.00", "40.00", 160, specs));
        products.add(product(grade.get("45"), ProductForm.PLATE, "6.00", "150.00", 450, specs));
        products.add(product(grade.get("Q345R"), ProductForm.PLATE, "6.00", "100.00", 650, specs));
        products.add(product(grade.get("AH36"), ProductForm.PLATE, "6.00", "60.00", 550, specs));
        products.add(product(grade.get("L485M"), ProductForm.HOT_ROLLED_COIL, "6.00", "22.00", 750, specs));
        products.add(product(grade.get("L485M"), ProductForm.PLATE, "12.00", "40.00", 800, specs));
        products.add(product(grade.get("SPA-H"), ProductForm.HOT_ROLLED_COIL, "1.80", "6.00", 450, specs));
        byKey = products.stream().collect(Collectors.toMap(Product::key, Function.identity()));

        buys(Industry.AUTOMOTIVE, share("DC04 COLD_ROLLED_COIL", 30), share("DX51D+Z GALVANIZED_COIL", 25),
                share("DC01 COLD_ROLLED_COIL", 15), share("SPHC HOT_ROLLED_COIL", 20),
                share("Q355B HOT_ROLLED_COIL", 10));
        buys(Industry.CONSTRUCTION, share("HRB400E REBAR", 45), share("HRB500E REBAR", 10), share("Q355B PLATE", 14),
                share("Q235B PLATE", 8), share("Q235B WIRE_ROD", 8), share("S350GD+Z GALVANIZED_COIL", 7),
                share("Q235B HOT_ROLLED_COIL", 8));
        buys(Industry.APPLIANCES, share("SPCC COLD_ROLLED_COIL", 35), share("DC01 COLD_ROLLED_COIL", 25),
                share("DX51D+Z GALVANIZED_COIL", 35), share("SPHC HOT_ROLLED_COIL", 5));
        buys(Industry.MACHINERY, share("45 PLATE", 20), share("Q355B PLATE", 25), share("Q235B PLATE", 15),
                share("Q345B HOT_ROLLED_COIL", 10), share("SS400 PLATE", 10), share("Q235B HOT_ROLLED_COIL", 20));
        buys(Industry.SHIPBUILDING, share("AH36 PLATE", 70), share("Q355B PLATE", 15), share("Q235B PLATE", 15));
        buys(Industry.ENERGY, share("L485M HOT_ROLLED_COIL", 35), share("L485M PLATE", 20), share("Q345R PLATE", 30),
                share("Q355B PLATE", 15));
        buys(Industry.CONTAINERS, share("SPA-H HOT_ROLLED_COIL", 65), share("Q235B HOT_ROLLED_COIL", 15),
                share("Q355B HOT_ROLLED_COIL", 10), share("SPHC HOT_ROLLED_COIL", 10));
        buys(Industry.TRADING, share("Q235B HOT_ROLLED_COIL", 25), share("SPHC HOT_ROLLED_COIL", 10),
                share("HRB400E REBAR", 20), share("Q195 WIRE_ROD", 10), share("SS400 HOT_ROLLED_COIL", 10),
                share("Q345B PLATE", 5), share("SPCC COLD_ROLLED_COIL", 10), share("DX51D+Z GALVANIZED_COIL", 10));
    }

    /** What customers of {@code industry} buy, with shares of their tonnage. */
    List<Share> boughtBy(Industry industry) {
        return byIndustry.get(industry);
    }

    /** Price in CNY per tonne before the customer's terms: list price moved by the market, plus extras. */
    static double marketPrice(Product product, Size size, double marketIndex) {
        return LIST_PRICE_CNY.get(product.form()) * marketIndex + product.gradeExtraCny()
                + sizeExtraCny(product.form(), size);
    }

    /** Thin gauges, heavy plates and small bar sizes cost more mill time per tonne. */
    private static int sizeExtraCny(ProductForm form, Size size) {
        double thickness = size.thicknessMm().doubleValue();
        double width = size.widthMm() == null ? 0 : size.widthMm().doubleValue();
        return switch (form) {
            case HOT_ROLLED_COIL -> (thickness < 2.0 ? 150 : thickness < 3.0 ? 80 : thickness >= 16 ? 60 : 0)
                    + (width >= 1800 ? 50 : 0);
            case COLD_ROLLED_COIL -> thickness < 0.5 ? 250 : thickness < 0.8 ? 100 : 0;
            case GALVANIZED_COIL -> thickness < 0.5 ? 300 : thickness < 0.8 ? 120 : 0;
            case PLATE -> (thickness >= 100 ? 450 : thickness >= 60 ? 250 : 0) + (width >= 3000 ? 80 : 0);
            case REBAR -> thickness <= 10 ? 150 : thickness <= 12 ? 50 : thickness >= 28 ? 30 : 0;
            case WIRE_ROD -> thickness < 6 ? 60 : 0;
        };
    }

    private void buys(Industry industry, Share... shares) {
        byIndustry.put(industry, List.of(shares));
    }

    private Share share(String productKey, double weight) {
        Product product = byKey.get(productKey);
        if (product == null) {
            throw new IllegalStateException("No product " + productKey + " in the catalogue");
        }
        return new Share(product, weight);
    }

    private static Product product(SteelGrade grade, ProductForm form, String thicknessMin, String thicknessMax,
            int gradeExtraCny, List<ProductSpec> specs) {
        BigDecimal min = new BigDecimal(thicknessMin);
        BigDecimal max = new BigDecimal(thicknessMax);
        List<Size> sizes = new ArrayList<>();
        for (BigDecimal thickness : ProductSpecs.orderedThicknesses(form)) {
            if (thickness.compareTo(min) < 0 || thickness.compareTo(max) > 0) {
                continue;
            }
            if (form.isRound()) {
                if (admitted(specs, form, thickness, null)) {
                    sizes.add(new Size(thickness, null));
                }
                continue;
            }
            for (BigDecimal width : ProductSpecs.orderedWidths(form)) {
                if (admitted(specs, form, thickness, width)) {
                    sizes.add(new Size(thickness, width));
                }
            }
        }
        return new Product(grade, form, gradeExtraCny, List.copyOf(sizes));
    }

    private static boolean admitted(List<ProductSpec> specs, ProductForm form, BigDecimal thickness, BigDecimal width) {
        return specs.stream().anyMatch(s -> s.getForm() == form && s.admits(thickness, width));
    }
}
