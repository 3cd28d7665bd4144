package io.zhibiao.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes document bytes: strict UTF-8 first (a BOM is kept as part of the text, so offsets
 * count it), then strict GB18030 (GBK and GB2312 are subsets), accepted only when the result is
 * plausible Chinese text. Binary data (NUL bytes, many control characters) and UTF-16 are
 * refused before any decoding. Every refusal is an {@link IOException} with a one-line reason.
 */
public final class TextDecoding {
    /** The GB18030 charset (GBK and GB2312 text decodes with it too). */
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** How many leading bytes the binary check looks at. */
    private static final int SNIFF = 64 * 1024;

    /**
     * Frequent characters of modern Chinese (the first 200 or so of Jun Da's character frequency
     * list, Modern Chinese, plus common news words' characters). Real Chinese text has a large
     * share of them; bytes of another encoding misread as GB18030 (Big5, Latin-1) have almost
     * none, which is what tells them apart.
     */
    private static final String FREQUENT = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作"
            + "里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把"
            + "机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合"
            + "回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数"
            + "安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强"
            + "即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根"
            + "干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华"
            + "城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李"
            + "标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派"
            + "孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低"
            + "朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪"
            + "微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村"
            + "哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁"
            + "航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏"
            + "讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗"
            + "固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材"
            + "灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍"
            + "凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩"
            + "析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑"
            + "贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献"
            + "桌啦瓦莱援译夺汽烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻刊丈爆乌役描洗玛患妙镜唱"
            + "烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕"
            + "徐珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰艇"
            + "稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍糊秦盾杯租骑乏隆诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮"
            + "薄悄扫敏碍殖详迪矛霍允幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈乔阅汗枝拖"
            + "墨胁插箭腊粉泥氏彭拔骗凤慧媒佩愤扑龄驱惜豪掩兼跃尸肃帕驶堡届欣惠册储飘桑闲惨洁踪勃宾频仇磨递邪撞拟滚奏巡颜剂绩贡疯坡瞧截"
            + "燃焦殿伪柳锁逼颇昏劝呈搜勤戒驾漂饮曹朵仔柔俩孟腐幼践籍牧凉牲佳娜浓芳稿竹腹跌逻垂遵脉貌柏狱猜怜惑陶兽帐饰贷昌叙躺钢沟寄扶铺"
            + "邓寿惧询汤盗肥尝匆辉奈扣廷澳嘛董迁凝慰厌脏腾幽怨鞋丢埋泉涌辖躲晋紫艰魏吾慌祝邮吐狠鉴曰械咬邻赤挤弯椅陪割揭韦悟聪雾锋梯猫"
            + "祥阔誉筹丛牵鸣沈阁穆屈旨袖猎臂蛇贺柱抛鼠瑟戈牢逊迈欺吨琴衰瓶恼燕仲诱狼池疼卢仗冠粒遥吕玄尘冯抚浅敦纠钻晶岂峡苍喷耗凌敲菌"
            + "赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽哀宿踏烂袁侯抖夹昆肝擦猪炼恒慎搬纽纹玻渔磁铜齿跨押怖漠疲叛遣兹祭醉拳弥斜档稀捷肤疫肿豆"
            + "削岗晃吞宏癌肚隶履涨耀扭坛拨沃绘伐堪仆郭牺歼墓雇廉契拼惩捉覆刷劫嫌瓜歇雕闷乳串娃缴唤赢莲霸桃妥瘦搭赴岳嘉舱俊址庞耕锐缝悔"
            + "邀玲惟斥宅添挖呵讼氧浩羽斤酷掠妖祸侍乙妨贪挣汪尿莉悬唇翰仓轨枚盐览傅帅庙芬屏寺胖璃愚滴疏萧姿颤丑劣柯寸扔盯辱匹俱辨饿蜂哦"
            + "腔郁溃谨糟葛苗肠忌溜鸿爵鹏鹰笼丘桂滋聊挡纲肌茨壳痕碗穴膀卓贤卧膜毅锦欠哩函茫昂薛皱夸豫胃舌剥傲拾窝睁携陵哼棉晴铃填饲渴吻"
            + "扮逆脆喘罩卜炉柴愉绳胎蓄眠竭喂傻慕浑奸扇柜悦拦诞饱乾泡贼亭夕爹酬儒姻卵氛泄杆挨僧蜜吟猩遂狭肖甜霞驳裕顽於摘矮秒卿畜咽披辅"
            + "勾盆疆赌塑畏吵囊嗯泊肺骤缠冈羞瞪吊贾漏斑涛悠鹿俘锡卑葬铭滩嫁催璇翅盒蛮矣潘歧赐鲍锅廊拆灌勉盲宰佐啥胀扯禧辽抹筒棋裤唉朴咐"
            + "孕誓喉妄拘链驰栏逝窃艳臭纤玑棵趁匠盈翁愁瞬婴孝颈倘浙谅蔽畅赠妮莎尉冻跪闯葡後厨鸭颠遮谊圳吁仑辟瘤嫂陀框谭亨钦庸歉芝吼甫衫摊"
            + "宴嘱衷娇陕矩浦讶耸裸碧摧薪淋耻胶屠鹅饥盼脖虹翠崩账萍逢赚撑翔倡绵猴枯巫昭怔渊凑溪蠢禅阐旺寓藤匪伞碑挪琼脂谎慨菩萄狮掘抄岭"
            + "晕逮砍挫奕蔑粤菊蓬灿轴沪渝旱猛湘鄂皖赣苏浙闽桂黔滇陇琼渝汛";

    private static final java.util.BitSet FREQUENT_SET = new java.util.BitSet(0x10000);

    static {
        for (int i = 0; i < FREQUENT.length(); i++) {
            FREQUENT_SET.set(FREQUENT.charAt(i));
        }
    }

    private TextDecoding() {
    }

    /** A decoded text and the charset it was read with (UTF-8 or GB18030). */
    public record Decoded(String text, Charset charset) {
    }

    /** The text of {@code bytes}; throws with a one-line reason when they are not text we can read. */
    public static String decode(byte[] bytes) throws IOException {
        return decodeDetailed(bytes).text();
    }

    /** The text of {@code bytes} and the charset that read it. */
    public static Decoded decodeDetailed(byte[] bytes) throws IOException {
        refuseBinary(bytes);
        String utf8Problem;
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            utf8Problem = "invalid UTF-8 at byte " + firstInvalid(StandardCharsets.UTF_8, bytes);
        }
        String gb;
        try {
            gb = strict(GB18030, bytes);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 or GB18030 text (" + utf8Problem + ", invalid GB18030 at byte "
                    + firstInvalid(GB18030, bytes) + ")");
        }
        String why = implausible(gb);
        if (why != null) {
            throw new IOException("not UTF-8 or GB18030 text (" + utf8Problem + "; as GB18030 it " + why + ")");
        }
        return new Decoded(gb, GB18030);
    }

    /** Refuses UTF-16 (by its byte order mark) and binary data, looking at the first 64 KiB. */
    static void refuseBinary(byte[] bytes) throws IOException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new IOException("UTF-16 text (byte order mark " + (bytes[0] == (byte) 0xFF ? "FF FE" : "FE FF")
                    + ") is not supported: convert it to UTF-8");
        }
        int n = Math.min(bytes.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IOException("binary data (NUL byte at offset " + i + "), not text");
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        // plain text has next to none; 1% (at least 8) is far past what a stray form feed gives
        if (controls >= 8 && controls * 100L >= n) {
            throw new IOException("binary data (" + (controls * 100L / n) + "% control bytes), not text");
        }
    }

    private static String strict(Charset cs, byte[] bytes) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The byte offset of the first malformed or unmappable input. */
    private static long firstInvalid(Charset cs, byte[] bytes) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /**
     * Why a GB18030 reading is not plausible Chinese text, or null when it is: no private-use,
     * replacement or control characters, at least 95% ASCII, CJK ideographs or CJK and
     * full-width punctuation, and at least 10% of the ideographs among the frequent ones (a
     * third when there are fewer than 20), as in any real Chinese text.
     */
    static String implausible(String s) {
        int plausible = 0;
        int counted = 0;
        int ideographs = 0;
        int frequent = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                return "has replacement characters";
            }
            if (c >= '\uE000' && c <= '\uF8FF') {
                return "has private-use characters";
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            counted++;
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F) {
                    return "has control characters";
                }
                plausible++;
            } else if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) {
                plausible++;
                ideographs++;
                if (FREQUENT_SET.get(c)) {
                    frequent++;
                }
            } else if ((c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                    || (c >= '\u2000' && c <= '\u206F') || (c >= '\u2100' && c <= '\u22FF')
                    || (c >= '\u2460' && c <= '\u24FF') || (c >= '\u2500' && c <= '\u25FF')
                    || c == '\u00B7' || c == '\u00D7' || c == '\u00F7' || c == '\u00B0') {
                plausible++;
            }
        }
        if (counted > 0 && plausible * 100L < counted * 95L) {
            return "is mostly neither CJK nor ASCII";
        }
        // real text: 40% or more of its ideographs are frequent ones; misread bytes: about 1%
        if (ideographs >= 20 ? frequent * 10L < ideographs : frequent * 3L < ideographs) {
            return "has too few common Chinese characters";
        }
        return null;
    }
}
