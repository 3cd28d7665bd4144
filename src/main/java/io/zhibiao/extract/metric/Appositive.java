package io.zhibiao.extract.metric;

/**
 * A list of names followed by a count that sums them up is an appositive: the count is the name.
 * 汽车航空、精细化工医药、电子电器、陶瓷四大产业增加值 → 四大产业增加值 (one figure for the four together);
 * in a list that pairs each name with its own figure (新能源电池、智能家电、食品饮料三大产业增加值分别增长…) the
 * last name sheds the count: 食品饮料产业增加值. The count must equal the number of names (四 and four
 * names), so 三县区、五个乡镇 or a list that merely ends in a number is left alone. A mechanism over
 * the grammar of Chinese lists, no word list: numerals 二…十/两 or 2–9, classifiers 大, 个, 类, 项, 种.
 */
public final class Appositive {
    private static final String NUMERALS = "两二三四五六七八九十";
    private static final String CLASSIFIERS = "大个类项种";

    private Appositive() {
    }

    /** Where the summing count starts in {@code phrase} (四 of …陶瓷四大产业增加值), or -1. */
    public static int countStart(String phrase) {
        int lastComma = phrase.lastIndexOf('、');
        if (lastComma < 0) {
            return -1;
        }
        for (int i = lastComma + 2; i + 2 < phrase.length(); i++) {
            int n = numeral(phrase.charAt(i));
            if (n > 0 && CLASSIFIERS.indexOf(phrase.charAt(i + 1)) >= 0 && numeral(phrase.charAt(i - 1)) < 0) {
                return agrees(n, phrase.substring(0, i)) ? i : -1;
            }
        }
        return -1;
    }

    /** 四大产业增加值 from 汽车航空、…、陶瓷四大产业增加值; the phrase itself when it holds no such list. */
    public static String summary(String phrase) {
        int i = countStart(phrase);
        return i < 0 ? phrase : phrase.substring(i);
    }

    /**
     * The last item of a paired list without its summing count: 食品饮料三大产业增加值 → 食品饮料产业增加值, when
     * {@code count} items stand in the list; else the item as it is.
     */
    public static String withoutCount(String lastItem, int count) {
        for (int i = 1; i + 2 < lastItem.length(); i++) {
            int n = numeral(lastItem.charAt(i));
            if (n > 0 && CLASSIFIERS.indexOf(lastItem.charAt(i + 1)) >= 0 && numeral(lastItem.charAt(i - 1)) < 0) {
                return n == count ? lastItem.substring(0, i) + lastItem.substring(i + 2) : lastItem;
            }
        }
        return lastItem;
    }

    /** A count that names the list: 、 between its names, and one 和/及/与 in the last when that makes the count. */
    private static boolean agrees(int count, String list) {
        int n = 1;
        for (int i = 0; i < list.length(); i++) {
            if (list.charAt(i) == '、') {
                n++;
            }
        }
        if (n == count) {
            return true;
        }
        String last = list.substring(list.lastIndexOf('、') + 1);
        return n + 1 == count && (last.indexOf('和') > 0 || last.indexOf('及') > 0 || last.indexOf('与') > 0);
    }

    private static int numeral(char c) {
        int k = NUMERALS.indexOf(c);
        if (k == 0) {
            return 2;
        }
        if (k > 0) {
            return k + 1;
        }
        return c >= '2' && c <= '9' ? c - '0' : -1;
    }
}
