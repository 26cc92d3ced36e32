package steelchain.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import steelchain.core.model.Industry;

/**
 * Company and person names as they read in China: city + trade name + line of business +
 * legal form for companies ("南通华建钢结构有限公司"); surname + one- or two-character given
 * name for people, with the pinyin for e-mail addresses.
 */
final class Names {

    /** A Chinese character or syllable and its pinyin. */
    private record Syllable(String hanzi, String pinyin) {
    }

    /** A person's name in Chinese and the local part of their e-mail address. */
    record Person(String name, String mailbox) {
    }

    /** A company name and the trade name's pinyin, the usual base of its internet domain. */
    record Company(String name, String tradeNamePinyin) {
    }

    private static final List<Syllable> TRADE_FIRST = syllables("华 hua 恒 heng 永 yong 宏 hong 鑫 xin 金 jin 瑞 rui 东 dong "
            + "中 zhong 天 tian 博 bo 振 zhen 远 yuan 海 hai 嘉 jia 盛 sheng 隆 long 泰 tai 兴 xing 德 de 鼎 ding 诚 cheng "
            + "通 tong 达 da 安 an 新 xin 广 guang 佳 jia 润 run 信 xin");
    private static final List<Syllable> TRADE_SECOND = syllables("建 jian 通 tong 盛 sheng 达 da 源 yuan 鼎 ding 丰 feng "
            + "升 sheng 联 lian 宇 yu 远 yuan 华 hua 航 hang 诚 cheng 禾 he 泰 tai 祥 xiang 昌 chang 利 li 发 fa 顺 shun "
            + "和 he 力 li 成 cheng 茂 mao 辰 chen 峰 feng 恒 heng 裕 yu 信 xin");
    private static final List<Syllable> SURNAMES = syllables("王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang "
            + "赵 zhao 吴 wu 周 zhou 徐 xu 孙 sun 马 ma 朱 zhu 胡 hu 郭 guo 何 he 高 gao 林 lin 罗 luo 郑 zheng 梁 liang "
            + "谢 xie 宋 song 唐 tang 许 xu 韩 han 冯 feng 邓 deng 曹 cao 彭 peng 曾 zeng 肖 xiao 田 tian 董 dong "
            + "袁 yuan 潘 pan 于 yu 蒋 jiang 蔡 cai");
    private static final List<Syllable> GIVEN = syllables("伟 wei 芳 fang 娜 na 敏 min 静 jing 丽 li 强 qiang 磊 lei "
            + "军 jun 洋 yang 勇 yong 艳 yan 杰 jie 娟 juan 涛 tao 明 ming 超 chao 秀 xiu 霞 xia 平 ping 刚 gang "
            + "华 hua 建 jian 国 guo 文 wen 辉 hui 鹏 peng 宇 yu 浩 hao 晨 chen 欣 xin 婷 ting 雪 xue 琳 lin 斌 bin "
            + "峰 feng 亮 liang 红 hong 春 chun 海 hai 波 bo 志 zhi 东 dong 玉 yu 兰 lan 飞 fei 萍 ping");

    /** Lines of business as they appear in company names, per industry. */
    private static final Map<Industry, List<String>> BUSINESS = new EnumMap<>(Map.of(
            Industry.AUTOMOTIVE, List.of("汽车零部件", "汽车配件", "车身部件", "汽车冲压件", "车桥"),
            Industry.CONSTRUCTION, List.of("钢结构", "建设工程", "建工", "建筑材料", "路桥工程", "钢构"),
            Industry.APPLIANCES, List.of("电器", "家电部件", "电器制造", "厨具", "制冷设备"),
            Industry.MACHINERY, List.of("机械", "重工", "工程机械", "机械制造", "农业机械", "起重设备"),
            Industry.SHIPBUILDING, List.of("造船", "船舶重工", "船舶工程", "海洋工程", "船业"),
            Industry.ENERGY, List.of("能源装备", "管道", "压力容器", "电力设备", "风电设备", "石油装备"),
            Industry.CONTAINERS, List.of("集装箱", "物流装备", "罐箱", "特种箱"),
            Industry.TRADING, List.of("物资", "钢铁贸易", "金属材料", "供应链", "钢材贸易", "钢贸")));

    private static final List<String> LEGAL_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司");

    private Names() {
    }

    /** A company name; large buyers are more often groups. */
    static Company company(Chance chance, String cityShortName, Industry industry, boolean large) {
        Syllable first = chance.pick(TRADE_FIRST);
        Syllable second = chance.pick(TRADE_SECOND);
        while (second.hanzi().equals(first.hanzi())) {
            second = chance.pick(TRADE_SECOND);
        }
        String legalForm = large && chance.chance(0.5) ? "集团有限公司" : chance.pick(LEGAL_FORMS);
        String business = chance.pick(BUSINESS.get(industry));
        return new Company(cityShortName + first.hanzi() + second.hanzi() + business + legalForm,
                first.pinyin() + second.pinyin());
    }

    static Person person(Chance chance) {
        Syllable surname = chance.pick(SURNAMES);
        Syllable given = chance.pick(GIVEN);
        if (chance.chance(0.6)) {
            Syllable second = chance.pick(GIVEN);
            return new Person(surname.hanzi() + given.hanzi() + second.hanzi(),
                    surname.pinyin() + "." + given.pinyin() + second.pinyin());
        }
        return new Person(surname.hanzi() + given.hanzi(), surname.pinyin() + "." + given.pinyin());
    }

    private static List<Syllable> syllables(String pairs) {
        String[] parts = pairs.split(" ");
        Syllable[] syllables = new Syllable[parts.length / 2];
        for (int i = 0; i < syllables.length; i++) {
            syllables[i] = new Syllable(parts[2 * i], parts[2 * i + 1]);
        }
        return List.of(syllables);
    }
}
