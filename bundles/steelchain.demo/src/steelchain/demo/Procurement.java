package steelchain.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import steelchain.core.model.Location;
import steelchain.core.model.Material;
import steelchain.core.model.MaterialType;
import steelchain.core.model.Supplier;

/**
 * What the works buy and from whom: imported fines and pellets through the ports, domestic
 * concentrate, coke and injection coal from Shanxi and Hebei, scrap from the Yangtze delta,
 * ferroalloys from Inner Mongolia and Guangxi, zinc for the galvanizing lines, limestone,
 * refractories from Gongyi.
 */
final class Procurement {

    private final Map<String, Material> materials = new LinkedHashMap<>();
    final List<Supplier> suppliers = new ArrayList<>();

    Procurement() {
        material("ORE-PBF", "PB粉（澳大利亚，TFe 61.5%）", MaterialType.IRON_ORE);
        material("ORE-NML", "纽曼块矿（澳大利亚，TFe 62.5%）", MaterialType.IRON_ORE);
        material("ORE-IOCJ", "巴西卡粉（TFe 65%）", MaterialType.IRON_ORE);
        material("ORE-PEL", "酸性氧化球团矿（TFe 64%）", MaterialType.IRON_ORE);
        material("ORE-CON", "国产铁精粉（TFe 66%）", MaterialType.IRON_ORE);
        material("COKE-MET", "冶金焦（准一级，CSR ≥ 65%）", MaterialType.COKE);
        material("COAL-PCI", "高炉喷吹用无烟煤", MaterialType.COAL);
        material("SCR-HMS", "重型废钢（厚度 ≥ 6 mm）", MaterialType.SCRAP);
        material("SCR-SHR", "破碎废钢", MaterialType.SCRAP);
        material("FA-FESI", "硅铁 FeSi75", MaterialType.FERROALLOY);
        material("FA-SIMN", "硅锰合金 FeMn65Si17", MaterialType.FERROALLOY);
        material("FA-HCMN", "高碳锰铁 FeMn68C7.0", MaterialType.FERROALLOY);
        material("FA-FENB", "铌铁 FeNb65", MaterialType.FERROALLOY);
        material("FA-VN", "钒氮合金 VN16", MaterialType.FERROALLOY);
        material("ZN-0", "0号锌锭 Zn99.995", MaterialType.ZINC);
        material("ZN-AL", "热镀锌用锌铝合金锭（Al 0.2%）", MaterialType.ZINC);
        material("LIME-ST", "冶金石灰石（CaO ≥ 52%）", MaterialType.LIMESTONE);
        material("LIME-DOL", "冶金白云石（MgO ≥ 19%）", MaterialType.LIMESTONE);
        material("REF-MGC", "转炉用镁碳砖", MaterialType.REFRACTORY);
        material("REF-ALMGC", "钢包用铝镁碳砖", MaterialType.REFRACTORY);

        supplier("S001", "连云港港通矿产品贸易有限公司", "江苏省", "连云港市", 34.7418, 119.4573,
                "ORE-PBF", "ORE-IOCJ", "ORE-PEL");
        supplier("S002", "青岛海联国际矿业有限公司", "山东省", "青岛市", 36.0671, 120.3826,
                "ORE-PBF", "ORE-NML", "ORE-PEL");
        supplier("S003", "安徽庐江金泰矿业有限公司", "安徽省", "合肥市", 31.2559, 117.2874, "ORE-CON");
        supplier("S004", "山西介休恒达焦化有限公司", "山西省", "晋中市", 37.0270, 111.9161, "COKE-MET");
        supplier("S005", "唐山丰润瑞祥焦化有限公司", "河北省", "唐山市", 39.8320, 118.1623, "COKE-MET");
        supplier("S006", "阳泉兴旺煤业有限公司", "山西省", "阳泉市", 37.8569, 113.5805, "COAL-PCI");
        supplier("S007", "江苏恒通再生资源有限公司", "江苏省", "无锡市", 31.4912, 120.3119, "SCR-HMS", "SCR-SHR");
        supplier("S008", "盐城绿源废钢加工有限公司", "江苏省", "盐城市", 33.3477, 120.1633, "SCR-HMS", "SCR-SHR");
        supplier("S009", "鄂尔多斯鑫盛硅合金有限公司", "内蒙古自治区", "鄂尔多斯市", 39.6086, 109.7811,
                "FA-FESI", "FA-SIMN");
        supplier("S010", "钦州桂锰合金有限公司", "广西壮族自治区", "钦州市", 21.9797, 108.6541, "FA-SIMN", "FA-HCMN");
        supplier("S011", "上海宝联特种合金贸易有限公司", "上海市", "上海市", 31.2304, 121.4737, "FA-FENB", "FA-VN");
        supplier("S012", "蒙自滇南锌业有限公司", "云南省", "红河哈尼族彝族自治州", 23.3964, 103.3649, "ZN-0", "ZN-AL");
        supplier("S013", "池州华凯石灰石矿业有限公司", "安徽省", "池州市", 30.6647, 117.4914, "LIME-ST", "LIME-DOL");
        supplier("S014", "巩义通达耐火材料有限公司", "河南省", "郑州市", 34.7480, 113.0220, "REF-MGC", "REF-ALMGC");
    }

    List<Material> materials() {
        return List.copyOf(materials.values());
    }

    private void material(String code, String name, MaterialType type) {
        materials.put(code, new Material(code, name, type));
    }

    private void supplier(String code, String name, String province, String city, double latitude, double longitude,
            String... materialCodes) {
        Supplier supplier = new Supplier(code, name, new Location(province, city, latitude, longitude));
        for (String materialCode : materialCodes) {
            supplier.getMaterials().add(materials.get(materialCode));
        }
        suppliers.add(supplier);
    }
}
