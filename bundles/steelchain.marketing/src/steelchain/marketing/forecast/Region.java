package steelchain.marketing.forecast;

import java.util.Locale;
import java.util.Map;

/**
 * The seven sales regions of China as steel statistics use them (华东, 华北, 东北, 华中, 华南,
 * 西南, 西北), plus {@link #OTHER} for customers without a known mainland province. A customer's
 * region follows from the province of its address, written in Chinese ("江苏省", "江苏") or in
 * pinyin ("Jiangsu").
 */
public enum Region {
    EAST, NORTH, NORTHEAST, CENTRAL, SOUTH, SOUTHWEST, NORTHWEST, OTHER;

    private static final Map<String, Region> BY_PROVINCE = Map.ofEntries(
            entry(EAST, "上海", "shanghai"), entry(EAST, "江苏", "jiangsu"), entry(EAST, "浙江", "zhejiang"),
            entry(EAST, "安徽", "anhui"), entry(EAST, "福建", "fujian"), entry(EAST, "江西", "jiangxi"),
            entry(EAST, "山东", "shandong"),
            entry(NORTH, "北京", "beijing"), entry(NORTH, "天津", "tianjin"), entry(NORTH, "河北", "hebei"),
            entry(NORTH, "山西", "shanxi"), entry(NORTH, "内蒙古", "innermongolia"),
            entry(NORTHEAST, "辽宁", "liaoning"), entry(NORTHEAST, "吉林", "jilin"),
            entry(NORTHEAST, "黑龙江", "heilongjiang"),
            entry(CENTRAL, "河南", "henan"), entry(CENTRAL, "湖北", "hubei"), entry(CENTRAL, "湖南", "hunan"),
            entry(SOUTH, "广东", "guangdong"), entry(SOUTH, "广西", "guangxi"), entry(SOUTH, "海南", "hainan"),
            entry(SOUTHWEST, "重庆", "chongqing"), entry(SOUTHWEST, "四川", "sichuan"),
            entry(SOUTHWEST, "贵州", "guizhou"), entry(SOUTHWEST, "云南", "yunnan"), entry(SOUTHWEST, "西藏", "tibet"),
            entry(NORTHWEST, "陕西", "shaanxi"), entry(NORTHWEST, "甘肃", "gansu"), entry(NORTHWEST, "青海", "qinghai"),
            entry(NORTHWEST, "宁夏", "ningxia"), entry(NORTHWEST, "新疆", "xinjiang"));

    private static Map.Entry<String, Region> entry(Region region, String chinese, String pinyin) {
        return Map.entry(chinese + "|" + pinyin, region);
    }

    /** The region of a province name; {@link #OTHER} when the name is empty or not a mainland province. */
    public static Region ofProvince(String province) {
        if (province == null || province.isBlank()) {
            return OTHER;
        }
        String name = province.strip();
        String latin = name.toLowerCase(Locale.ROOT).replace(" ", "");
        for (Map.Entry<String, Region> e : BY_PROVINCE.entrySet()) {
            String[] names = e.getKey().split("\\|");
            if (name.startsWith(names[0]) || latin.startsWith(names[1])) {
                return e.getValue();
            }
        }
        return OTHER;
    }
}
