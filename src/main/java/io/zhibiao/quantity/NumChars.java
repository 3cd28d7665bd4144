package io.zhibiao.quantity;

/**
 * Character classes of the number layer: Arabic and full-width digits, Chinese digits (小写, 大写,
 * 繁體), place words (十百千) and magnitudes (万亿兆), decimal points, signs, spaces. Cheap, so the
 * finder reads full-width and traditional forms even before the normalizer folds them.
 */
final class NumChars {
    private NumChars() {
    }

    static final int TEN = 10;
    static final int HUNDRED = 100;
    static final int THOUSAND = 1000;

    /** The value of an Arabic digit (ASCII or full-width), else -1. */
    static int arabic(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    static boolean isArabic(char c) {
        return arabic(c) >= 0;
    }

    /** The value of a Chinese digit (零〇一…九 两 俩, 大写 壹…玖, traditional forms), else -1. */
    static int chineseDigit(char c) {
        switch (c) {
            case '零': case '〇': case '○':
                return 0;
            case '一': case '壹': case '弌':
                return 1;
            case '二': case '贰': case '貳': case '弍': case '两': case '兩': case '俩': case '倆':
                return 2;
            case '三': case '叁': case '參': case '叄': case '参': case '弎':
                return 3;
            case '四': case '肆':
                return 4;
            case '五': case '伍':
                return 5;
            case '六': case '陆': case '陸':
                return 6;
            case '七': case '柒':
                return 7;
            case '八': case '捌':
                return 8;
            case '九': case '玖':
                return 9;
            default:
                return -1;
        }
    }

    /** 两 and its variants: a 2 that is only a digit before a place word or a measure word. */
    static boolean isLiang(char c) {
        return c == '两' || c == '兩' || c == '俩' || c == '倆';
    }

    /** 大写/traditional digit forms that are also common word characters (伍 队伍, 陆 大陆, 肆 放肆, 拾 收拾). */
    static boolean isFinancialDigit(char c) {
        return "壹贰貳叁參叄参肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    /** 10, 100 or 1000 for 十/百/千 and their 大写 forms, else 0. */
    static int place(char c) {
        switch (c) {
            case '十': case '拾':
                return TEN;
            case '百': case '佰':
                return HUNDRED;
            case '千': case '仟':
                return THOUSAND;
            default:
                return 0;
        }
    }

    /** 廿 20, 卅 30, 卌 40, else 0. */
    static int tens(char c) {
        switch (c) {
            case '廿':
                return 20;
            case '卅':
                return 30;
            case '卌':
                return 40;
            default:
                return 0;
        }
    }

    /** The power of ten of 万 (4), 亿 (8), 兆 (12), else 0. */
    static int big(char c) {
        switch (c) {
            case '万': case '萬':
                return 4;
            case '亿': case '億':
                return 8;
            case '兆':
                return 12;
            default:
                return 0;
        }
    }

    /** The simplified spelling of a magnitude character. */
    static char simplifiedBig(char c) {
        switch (c) {
            case '萬':
                return '万';
            case '億':
                return '亿';
            default:
                return c;
        }
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '．';
    }

    /** 点/點: the Chinese decimal point. */
    static boolean isChinesePoint(char c) {
        return c == '点' || c == '點';
    }

    static boolean isThousandsComma(char c) {
        return c == ',' || c == '，';
    }

    /** A written minus sign (not 负, which is a word). */
    static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '−' || c == '﹣';
    }

    static boolean isPlus(char c) {
        return c == '+' || c == '＋';
    }

    /** 负/負: the written word for minus. */
    static boolean isMinusWord(char c) {
        return c == '负' || c == '負';
    }

    /** Horizontal white space inside a line (not a line break). */
    static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u202f';
    }

    /** A CJK ideograph (a character that can be part of a word). */
    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff')
                || c == '〇';
    }

    /** An ASCII or full-width Latin letter. */
    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** Any character that can be part of a Chinese numeral (digit, place, magnitude, 廿). */
    static boolean isChineseNumeral(char c) {
        byte known = CHINESE_NUMERAL[c];
        if (known == 0) {
            known = chineseDigit(c) >= 0 || place(c) > 0 || big(c) > 0 || tens(c) > 0 ? YES : NO;
            CHINESE_NUMERAL[c] = known; // the same answer whichever thread writes it first
        }
        return known == YES;
    }

    /**
     * {@link #isChineseNumeral} of each char, worked out from the switches above the first time the
     * char is asked (0 = not yet): the finder asks at every char of the text, where four switches
     * cost more than one array read, and a table made whole up front would cost start-up time.
     */
    private static final byte[] CHINESE_NUMERAL = new byte[Character.MAX_VALUE + 1];
    private static final byte YES = 1;
    private static final byte NO = 2;

    /** Opening quotation marks. */
    static boolean isOpenQuote(char c) {
        return c == '“' || c == '"' || c == '「' || c == '『' || c == '‘' || c == '\'' || c == '《' || c == '〈';
    }

    /** Closing quotation marks. */
    static boolean isCloseQuote(char c) {
        return c == '”' || c == '"' || c == '」' || c == '』' || c == '’' || c == '\'' || c == '》' || c == '〉';
    }

    /** Range connectors written as symbols (5%-8%, 20~100, 2——3万). */
    static boolean isRangeDash(char c) {
        return c == '-' || c == '－' || c == '—' || c == '–' || c == '~' || c == '～' || c == '〜' || c == '―'
                || c == '‐' || c == '−';
    }
}
