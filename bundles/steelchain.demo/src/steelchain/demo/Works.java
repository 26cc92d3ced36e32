package steelchain.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import steelchain.core.model.Location;
import steelchain.core.model.Plant;
import steelchain.core.model.Warehouse;
import steelchain.core.model.WorkCenter;
import steelchain.core.model.WorkCenterType;

/**
 * The demo company's sites: an integrated BF-BOF works of about 9 Mt crude steel a year on the
 * Jiangsu coast and an EAF mini-mill for rebar, their work centres with hourly rates at normal
 * operation, the finished-goods stores at the works and distribution centres near the markets.
 */
final class Works {

    final Plant integrated = new Plant("LYG", "海州钢铁连云港联合钢厂",
            new Location("江苏省", "连云港市", 34.5967, 119.2216));
    final Plant miniMill = new Plant("CZ", "海州钢铁常州电炉短流程钢厂",
            new Location("江苏省", "常州市", 31.8107, 119.9741));
    final List<WorkCenter> workCenters = new ArrayList<>();
    final List<Warehouse> warehouses = new ArrayList<>();

    Works() {
        // Hot metal: 4,000 m3 furnaces make about 9,600 t a day each.
        work(integrated, "LYG-BF1", "1号高炉（4000 m³）", WorkCenterType.BLAST_FURNACE, "400");
        work(integrated, "LYG-BF2", "2号高炉（4000 m³）", WorkCenterType.BLAST_FURNACE, "400");
        work(integrated, "LYG-BF3", "3号高炉（2500 m³）", WorkCenterType.BLAST_FURNACE, "250");
        // 300 t heats, about 38 minutes tap to tap.
        work(integrated, "LYG-BOF1", "1号转炉（300 t）", WorkCenterType.BOF, "460");
        work(integrated, "LYG-BOF2", "2号转炉（300 t）", WorkCenterType.BOF, "460");
        work(integrated, "LYG-BOF3", "3号转炉（300 t）", WorkCenterType.BOF, "460");
        work(integrated, "LYG-LF1", "1号LF钢包精炼炉（300 t）", WorkCenterType.LADLE_FURNACE, "400");
        work(integrated, "LYG-LF2", "2号LF钢包精炼炉（300 t）", WorkCenterType.LADLE_FURNACE, "400");
        work(integrated, "LYG-RH1", "RH真空循环脱气装置（300 t）", WorkCenterType.RH_DEGASSER, "480");
        work(integrated, "LYG-CC1", "1号板坯连铸机（双流，230 mm）", WorkCenterType.CONTINUOUS_CASTER, "430");
        work(integrated, "LYG-CC2", "2号板坯连铸机（双流，230 mm）", WorkCenterType.CONTINUOUS_CASTER, "430");
        work(integrated, "LYG-CC3", "3号宽厚板坯连铸机（单流，300 mm）", WorkCenterType.CONTINUOUS_CASTER, "240");
        work(integrated, "LYG-CC4", "4号方坯连铸机（8流，160 mm × 160 mm）", WorkCenterType.CONTINUOUS_CASTER, "240");
        work(integrated, "LYG-HSM", "2050 mm 热连轧机组", WorkCenterType.HOT_STRIP_MILL, "700");
        work(integrated, "LYG-PM", "4300 mm 中厚板轧机", WorkCenterType.PLATE_MILL, "280");
        work(integrated, "LYG-BAR", "棒材生产线（螺纹钢 ø12~40 mm）", WorkCenterType.BAR_MILL, "150");
        work(integrated, "LYG-WR", "高速线材生产线（ø5.5~16 mm）", WorkCenterType.BAR_MILL, "110");
        work(integrated, "LYG-TCM", "2030 mm 酸洗冷连轧机组", WorkCenterType.COLD_MILL, "250");
        work(integrated, "LYG-CGL1", "1号连续热镀锌线（1650 mm）", WorkCenterType.GALVANIZING_LINE, "55");
        work(integrated, "LYG-CGL2", "2号连续热镀锌线（1650 mm）", WorkCenterType.GALVANIZING_LINE, "45");
        work(integrated, "LYG-CTL", "热轧横切线（2~20 mm）", WorkCenterType.CUT_LINE, "60");
        work(integrated, "LYG-SL", "冷轧纵切线", WorkCenterType.CUT_LINE, "30");
        work(miniMill, "CZ-EAF1", "100 t 超高功率电弧炉", WorkCenterType.EAF, "125");
        work(miniMill, "CZ-LF1", "100 t LF钢包精炼炉", WorkCenterType.LADLE_FURNACE, "130");
        work(miniMill, "CZ-CC1", "6流方坯连铸机（165 mm × 165 mm）", WorkCenterType.CONTINUOUS_CASTER, "140");
        work(miniMill, "CZ-BAR", "棒材生产线（螺纹钢 ø6~32 mm）", WorkCenterType.BAR_MILL, "120");

        store("WH-LYG-HR", "连云港基地热轧成品库", integrated, at(integrated), "150000");
        store("WH-LYG-PL", "连云港基地中厚板成品库", integrated, at(integrated), "60000");
        store("WH-LYG-CR", "连云港基地冷轧及镀锌成品库", integrated, at(integrated), "50000");
        store("WH-LYG-BW", "连云港基地棒线材成品库", integrated, at(integrated), "40000");
        store("WH-CZ", "常州钢厂成品库", miniMill, at(miniMill), "30000");
        store("DC-SH", "上海宝山配送中心", null, new Location("上海市", "上海市", 31.4045, 121.4895), "60000");
        store("DC-WX", "无锡配送中心", null, new Location("江苏省", "无锡市", 31.4912, 120.3119), "45000");
        store("DC-FS", "佛山乐从配送中心", null, new Location("广东省", "佛山市", 23.0215, 113.1214), "50000");
        store("DC-WH", "武汉配送中心", null, new Location("湖北省", "武汉市", 30.5928, 114.3055), "40000");
        store("DC-TJ", "天津配送中心", null, new Location("天津市", "天津市", 39.0842, 117.2009), "45000");
        store("DC-QD", "青岛配送中心", null, new Location("山东省", "青岛市", 36.0671, 120.3826), "35000");
        store("DC-ZZ", "郑州配送中心", null, new Location("河南省", "郑州市", 34.7466, 113.6254), "30000");
        store("DC-CD", "成都配送中心", null, new Location("四川省", "成都市", 30.5728, 104.0668), "25000");
        store("DC-SY", "沈阳配送中心", null, new Location("辽宁省", "沈阳市", 41.8057, 123.4315), "20000");
        store("DC-XA", "西安配送中心", null, new Location("陕西省", "西安市", 34.3416, 108.9398), "20000");
    }

    List<Plant> plants() {
        return List.of(integrated, miniMill);
    }

    /** A location of its own: JPA embeddables must not be shared between entities. */
    private static Location at(Plant plant) {
        Location site = plant.getLocation();
        return new Location(site.getProvince(), site.getCity(), site.getLatitude(), site.getLongitude());
    }

    private void work(Plant plant, String code, String name, WorkCenterType type, String tonnesPerHour) {
        workCenters.add(new WorkCenter(code, name, plant, type, new BigDecimal(tonnesPerHour).setScale(1)));
    }

    private void store(String code, String name, Plant plant, Location location, String capacityTonnes) {
        warehouses.add(new Warehouse(code, name, plant, location, new BigDecimal(capacityTonnes).setScale(1)));
    }
}
