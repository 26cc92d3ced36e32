package steelchain.demo;

import java.math.BigDecimal;
import java.util.List;

import steelchain.core.model.ElementRange;
import steelchain.core.model.SteelGrade;

/**
 * The grades the demo mill sells, with the ladle-analysis limits and the mechanical minimums
 * of their standards. Where a standard grades a property by thickness, the value stored is the
 * one for the thinnest band the mill rolls in that grade, and the description says so.
 */
final class SteelGrades {

    private SteelGrades() {
    }

    static List<SteelGrade> all() {
        return List.of(
                grade("Q195", "GB/T 700-2006", "碳素结构钢；拉丝、焊网、钉用盘条；ReH 对应直径 ≤ 16 mm")
                        .max("C", "0.12").max("Si", "0.30").max("Mn", "0.50").max("P", "0.035").max("S", "0.040")
                        .mechanical(195, 315, 430, "33"),
                grade("Q235B", "GB/T 700-2006", "碳素结构钢 B 级，+20 °C KV2 ≥ 27 J；ReH 对应厚度 ≤ 16 mm，A 对应厚度 ≤ 40 mm")
                        .max("C", "0.20").max("Si", "0.35").max("Mn", "1.40").max("P", "0.045").max("S", "0.045")
                        .mechanical(235, 370, 500, "26"),
                grade("Q345B", "GB/T 1591-2008", "低合金高强度结构钢（旧标准，已由 Q355B 代替，老合同仍在执行）；ReL 对应厚度 ≤ 16 mm")
                        .max("C", "0.20").max("Si", "0.50").max("Mn", "1.70").max("P", "0.035").max("S", "0.035")
                        .max("Nb", "0.07").max("V", "0.15").max("Ti", "0.20").max("Cr", "0.30").max("Ni", "0.50")
                        .max("Cu", "0.30").max("Mo", "0.10").max("N", "0.012")
                        .mechanical(345, 470, 630, "20"),
                grade("Q355B", "GB/T 1591-2018", "低合金高强度结构钢，热轧状态，+20 °C KV2 ≥ 34 J；ReH 对应厚度 ≤ 16 mm，A 为横向试样")
                        .max("C", "0.24").max("Si", "0.55").max("Mn", "1.60").max("P", "0.035").max("S", "0.035")
                        .max("Cr", "0.30").max("Ni", "0.30").max("Cu", "0.40").max("N", "0.012")
                        .mechanical(355, 470, 630, "20"),
                grade("SS400", "JIS G 3101:2015", "一般结构用轧制钢材；ReH 对应厚度 ≤ 16 mm，A 为 5~16 mm 1A 号试样（≤ 5 mm 为 21 %）")
                        .max("P", "0.050").max("S", "0.050")
                        .mechanical(245, 400, 510, "17"),
                grade("SPHC", "JIS G 3131:2018", "热轧软钢板及钢带，一般用；A 对应厚度 1.6~3.2 mm（> 3.2 mm 为 31 %）")
                        .max("C", "0.12").max("Mn", "0.60").max("P", "0.045").max("S", "0.035")
                        .mechanical(null, 270, null, "29"),
                grade("SPCC", "JIS G 3141:2017", "冷轧碳素钢板及钢带，一般用；抗拉强度仅在订货时约定才考核")
                        .max("C", "0.15").max("Mn", "0.60").max("P", "0.100").max("S", "0.035")
                        .mechanical(null, 270, null, null),
                grade("DC01", "EN 10130:2006", "冷成形用冷轧低碳钢；Re ≤ 280 MPa（上限），A80")
                        .max("C", "0.12").max("Mn", "0.60").max("P", "0.045").max("S", "0.045")
                        .mechanical(null, 270, 410, "28"),
                grade("DC04", "EN 10130:2006", "深冲用冷轧低碳钢，汽车冲压件；Re 140~210 MPa，A80，r90 ≥ 1.6，n90 ≥ 0.18")
                        .max("C", "0.08").max("Mn", "0.40").max("P", "0.030").max("S", "0.030")
                        .mechanical(140, 270, 350, "38"),
                grade("DX51D+Z", "EN 10346:2015", "连续热镀锌钢板，成形用，镀层 Z100~Z275；A80")
                        .max("C", "0.18").max("Si", "0.50").max("Mn", "1.20").max("P", "0.12").max("S", "0.045")
                        .max("Ti", "0.30")
                        .mechanical(null, 270, 500, "22"),
                grade("S350GD+Z", "EN 10346:2015", "连续热镀锌结构钢，檩条、楼承板；A80")
                        .max("C", "0.20").max("Si", "0.60").max("Mn", "1.70").max("P", "0.10").max("S", "0.045")
                        .mechanical(350, 420, null, "16"),
                grade("HRB400E", "GB/T 1499.2-2018", "钢筋混凝土用热轧带肋钢筋，抗震；Ceq ≤ 0.54 %，Agt ≥ 9.0 %，强屈比 ≥ 1.25")
                        .max("C", "0.25").max("Si", "0.80").max("Mn", "1.60").max("P", "0.045").max("S", "0.045")
                        .mechanical(400, 540, null, "16"),
                grade("HRB500E", "GB/T 1499.2-2018", "钢筋混凝土用热轧带肋钢筋，抗震；Ceq ≤ 0.55 %，Agt ≥ 9.0 %，强屈比 ≥ 1.25")
                        .max("C", "0.25").max("Si", "0.80").max("Mn", "1.60").max("P", "0.045").max("S", "0.045")
                        .mechanical(500, 630, null, "15"),
                grade("45", "GB/T 699-2015", "优质碳素结构钢，轴类与模具件；性能为 25 mm 试样坯正火状态，Z ≥ 40 %")
                        .range("C", "0.42", "0.50").range("Si", "0.17", "0.37").range("Mn", "0.50", "0.80")
                        .max("P", "0.035").max("S", "0.035").max("Cr", "0.25").max("Ni", "0.30").max("Cu", "0.25")
                        .mechanical(355, 600, null, "16"),
                grade("Q345R", "GB/T 713-2014", "锅炉和压力容器用钢板，0 °C KV2 ≥ 41 J；性能对应厚度 3~16 mm")
                        .max("C", "0.20").max("Si", "0.55").range("Mn", "1.20", "1.70").max("P", "0.025").max("S", "0.010")
                        .max("Cu", "0.30").max("Ni", "0.30").max("Cr", "0.30").max("Mo", "0.08").max("Nb", "0.050")
                        .max("V", "0.050").max("Ti", "0.030").min("Al", "0.020")
                        .mechanical(345, 510, 640, "21"),
                grade("AH36", "GB/T 712-2011", "船舶及海洋工程用结构钢，0 °C KV2 ≥ 34 J（纵向）；Nb、V、Ti 细化晶粒元素至少加一种")
                        .max("C", "0.18").max("Si", "0.50").range("Mn", "0.90", "1.60").max("P", "0.030").max("S", "0.030")
                        .max("Cu", "0.35").max("Cr", "0.20").max("Ni", "0.40").max("Mo", "0.08").max("Nb", "0.05")
                        .max("V", "0.10").max("Ti", "0.02").min("Al", "0.015")
                        .mechanical(355, 490, 630, "21"),
                grade("L485M", "GB/T 9711-2017", "石油天然气管线用钢 PSL2（X70M），热机械轧制；Rt0.5 485~635 MPa，Nb+V+Ti ≤ 0.15 %，A 按公式计算")
                        .max("C", "0.12").max("Si", "0.45").max("Mn", "1.70").max("P", "0.025").max("S", "0.015")
                        .max("Cu", "0.50").max("Ni", "0.50").max("Cr", "0.50").max("Mo", "0.50")
                        .mechanical(485, 570, 760, null),
                grade("SPA-H", "JIS G 3125", "高耐候性轧制钢材，集装箱侧板、顶板；性能对应厚度 ≤ 6 mm")
                        .max("C", "0.12").range("Si", "0.20", "0.75").max("Mn", "0.60").range("P", "0.070", "0.150")
                        .max("S", "0.035").range("Cu", "0.25", "0.55").range("Cr", "0.30", "1.25").max("Ni", "0.65")
                        .mechanical(355, 490, null, "22"))
                .stream().map(GradeBuilder::build).toList();
    }

    private static GradeBuilder grade(String code, String standard, String description) {
        return new GradeBuilder(code, standard, description);
    }

    /** Reads like the standard's table: element limits first, then mechanical properties. */
    private static final class GradeBuilder {

        private final SteelGrade grade;

        GradeBuilder(String code, String standard, String description) {
            grade = new SteelGrade(code, standard);
            grade.setDescription(description);
        }

        GradeBuilder max(String element, String maxPercent) {
            grade.getChemistry().add(new ElementRange(element, null, new BigDecimal(maxPercent)));
            return this;
        }

        GradeBuilder min(String element, String minPercent) {
            grade.getChemistry().add(new ElementRange(element, new BigDecimal(minPercent), null));
            return this;
        }

        GradeBuilder range(String element, String minPercent, String maxPercent) {
            grade.getChemistry().add(new ElementRange(element, new BigDecimal(minPercent), new BigDecimal(maxPercent)));
            return this;
        }

        GradeBuilder mechanical(Integer yieldMinMpa, Integer tensileMinMpa, Integer tensileMaxMpa,
                String elongationMinPercent) {
            grade.setMechanical(yieldMinMpa, tensileMinMpa, tensileMaxMpa,
                    elongationMinPercent == null ? null : new BigDecimal(elongationMinPercent));
            return this;
        }

        SteelGrade build() {
            return grade;
        }
    }
}
