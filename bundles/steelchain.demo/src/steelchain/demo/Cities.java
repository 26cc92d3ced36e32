package steelchain.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import steelchain.core.model.Industry;
import steelchain.core.model.Location;

/**
 * Where the customers are: Chinese cities with their coordinates (city centre, WGS84), a weight
 * for how much steel they buy from a mill on the Jiangsu coast (near markets buy more, freight
 * keeps far ones small), and the industries clustered there.
 */
final class Cities {

    /** A city where customers sit. */
    record City(String province, String name, double latitude, double longitude, double weight, Set<Industry> hubs) {

        Location location() {
            return new Location(province, name, latitude, longitude);
        }

        /** The name without 市, as it is written in front of a company name. */
        String shortName() {
            return name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
        }

        /** How likely a customer of {@code industry} sits here. */
        double weightFor(Industry industry) {
            if (hubs.contains(industry)) {
                return weight * 6;
            }
            // Building and trading happen everywhere; factories cluster.
            return industry == Industry.CONSTRUCTION || industry == Industry.TRADING ? weight : weight * 0.2;
        }
    }

    private static final Industry AUTO = Industry.AUTOMOTIVE;
    private static final Industry BUILD = Industry.CONSTRUCTION;
    private static final Industry APPLIANCE = Industry.APPLIANCES;
    private static final Industry MACHINE = Industry.MACHINERY;
    private static final Industry SHIP = Industry.SHIPBUILDING;
    private static final Industry ENERGY = Industry.ENERGY;
    private static final Industry BOX = Industry.CONTAINERS;
    private static final Industry TRADE = Industry.TRADING;

    static final List<City> ALL = List.of(
            city("上海市", "上海市", 31.2304, 121.4737, 10, AUTO, SHIP, BOX, TRADE, ENERGY),
            city("江苏省", "南京市", 32.0603, 118.7969, 6, AUTO, APPLIANCE, TRADE),
            city("江苏省", "苏州市", 31.2990, 120.5853, 7, APPLIANCE, BOX, MACHINE),
            city("江苏省", "无锡市", 31.4912, 120.3119, 6, MACHINE, TRADE),
            city("江苏省", "常州市", 31.8107, 119.9741, 5, MACHINE),
            city("江苏省", "南通市", 31.9802, 120.8943, 5, SHIP, ENERGY),
            city("江苏省", "徐州市", 34.2044, 117.2859, 4, MACHINE),
            city("江苏省", "扬州市", 32.3942, 119.4129, 3, SHIP),
            city("江苏省", "泰州市", 32.4555, 119.9229, 3, SHIP),
            city("江苏省", "盐城市", 33.3477, 120.1633, 3, ENERGY, AUTO),
            city("江苏省", "连云港市", 34.5967, 119.2216, 3, BUILD),
            city("浙江省", "杭州市", 30.2741, 120.1551, 6, MACHINE, TRADE),
            city("浙江省", "宁波市", 29.8683, 121.5440, 6, AUTO, APPLIANCE, BOX),
            city("浙江省", "温州市", 27.9943, 120.6994, 3, MACHINE),
            city("浙江省", "台州市", 28.6564, 121.4208, 3, SHIP, AUTO),
            city("浙江省", "舟山市", 29.9853, 122.2072, 2, SHIP),
            city("浙江省", "嘉兴市", 30.7522, 120.7555, 3, APPLIANCE),
            city("浙江省", "金华市", 29.0790, 119.6474, 2, MACHINE),
            city("山东省", "济南市", 36.6512, 117.1201, 5, MACHINE),
            city("山东省", "青岛市", 36.0671, 120.3826, 6, APPLIANCE, BOX, SHIP),
            city("山东省", "烟台市", 37.4638, 121.4479, 3, AUTO, SHIP),
            city("山东省", "潍坊市", 36.7069, 119.1618, 3, MACHINE),
            city("山东省", "临沂市", 35.1041, 118.3564, 4, TRADE, MACHINE),
            city("山东省", "日照市", 35.4164, 119.5269, 2, BUILD),
            city("安徽省", "合肥市", 31.8206, 117.2272, 5, APPLIANCE, AUTO),
            city("安徽省", "芜湖市", 31.3526, 118.4331, 3, AUTO, SHIP),
            city("安徽省", "马鞍山市", 31.6705, 118.5064, 2, MACHINE),
            city("福建省", "福州市", 26.0745, 119.2965, 3, SHIP),
            city("福建省", "厦门市", 24.4798, 118.0894, 3, BOX),
            city("福建省", "泉州市", 24.8741, 118.6757, 3, MACHINE),
            city("广东省", "广州市", 23.1291, 113.2644, 6, AUTO, SHIP, APPLIANCE),
            city("广东省", "深圳市", 22.5431, 114.0579, 4, BOX),
            city("广东省", "佛山市", 23.0215, 113.1214, 5, APPLIANCE, TRADE),
            city("广东省", "东莞市", 23.0207, 113.7518, 3, APPLIANCE),
            city("广东省", "珠海市", 22.2710, 113.5767, 2, APPLIANCE),
            city("广东省", "江门市", 22.5787, 113.0819, 2, BOX),
            city("北京市", "北京市", 39.9042, 116.4074, 5, AUTO, ENERGY),
            city("天津市", "天津市", 39.0842, 117.2009, 6, BOX, ENERGY, TRADE, AUTO),
            city("河北省", "石家庄市", 38.0428, 114.5149, 3, MACHINE),
            city("河北省", "唐山市", 39.6309, 118.1802, 3, TRADE),
            city("河北省", "沧州市", 38.3037, 116.8388, 2, ENERGY),
            city("河北省", "邯郸市", 36.6256, 114.5391, 2, TRADE),
            city("河北省", "廊坊市", 39.5380, 116.6838, 2, ENERGY),
            city("河南省", "郑州市", 34.7466, 113.6254, 4, MACHINE, TRADE),
            city("河南省", "洛阳市", 34.6197, 112.4540, 2, MACHINE),
            city("河南省", "新乡市", 35.3030, 113.9268, 2, MACHINE),
            city("湖北省", "武汉市", 30.5928, 114.3055, 5, AUTO, SHIP, TRADE),
            city("湖北省", "十堰市", 32.6292, 110.7980, 2, AUTO),
            city("湖北省", "襄阳市", 32.0089, 112.1226, 2, AUTO),
            city("湖南省", "长沙市", 28.2282, 112.9388, 4, MACHINE),
            city("湖南省", "株洲市", 27.8274, 113.1340, 2, MACHINE),
            city("江西省", "南昌市", 28.6820, 115.8579, 3, AUTO),
            city("四川省", "成都市", 30.5728, 104.0668, 3, ENERGY, AUTO, TRADE),
            city("四川省", "德阳市", 31.1270, 104.3979, 1, ENERGY, MACHINE),
            city("重庆市", "重庆市", 29.5630, 106.5516, 3, AUTO),
            city("陕西省", "西安市", 34.3416, 108.9398, 3, ENERGY, AUTO),
            city("辽宁省", "沈阳市", 41.8057, 123.4315, 2, MACHINE, AUTO),
            city("辽宁省", "大连市", 38.9140, 121.6147, 2, SHIP, BOX),
            city("吉林省", "长春市", 43.8171, 125.3235, 2, AUTO),
            city("黑龙江省", "哈尔滨市", 45.8038, 126.5350, 1, ENERGY),
            city("广西壮族自治区", "柳州市", 24.3264, 109.4281, 2, AUTO, MACHINE),
            city("广西壮族自治区", "南宁市", 22.8170, 108.3665, 1),
            city("山西省", "太原市", 37.8706, 112.5489, 1, MACHINE),
            city("内蒙古自治区", "包头市", 40.6574, 109.8403, 1, ENERGY),
            city("新疆维吾尔自治区", "乌鲁木齐市", 43.8256, 87.6168, 1, ENERGY),
            city("云南省", "昆明市", 24.8801, 102.8329, 1),
            city("贵州省", "贵阳市", 26.6470, 106.6302, 1),
            city("甘肃省", "兰州市", 36.0611, 103.8343, 1, ENERGY));

    private Cities() {
    }

    private static City city(String province, String name, double latitude, double longitude, double weight,
            Industry... hubs) {
        Set<Industry> hubSet = EnumSet.noneOf(Industry.class);
        hubSet.addAll(List.of(hubs));
        return new City(province, name, latitude, longitude, weight, hubSet);
    }
}
