package io.zhibiao.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A numeral read from the text by {@link NumeralScanner}: where it lies, its value (exact), the
 * trailing magnitude that goes with the unit, and what the finder's rules and checks ask of it.
 */
final class Numeral {
    /** The precision of the divisions the rules make (fractions, ranges, compounds, powers). */
    static final MathContext MC = new MathContext(34);

    int start;
    int end;
    /** The full value (magnitudes multiplied out); for an approximate pair its lower end. */
    BigDecimal value;
    /** The upper end of an approximate pair (三五百 → 500), else null. */
    BigDecimal upper;
    /** The trailing magnitude that goes with the unit (万, 亿, 万亿), else null. */
    String magText;
    /** Its power of ten (0 when none). */
    int magPow;
    /** Where the trailing magnitude starts. */
    int magStart = -1;
    boolean hasArabic;
    boolean hasChinese;
    /** A single Chinese digit and nothing else (一, 两, 叁). */
    boolean lone;
    /** 十 alone (十件实事): before a counter it is read like a lone digit, a program's name more often than a count. */
    boolean loneTen;
    /** Only magnitude characters (万, 亿万), no digit and no place word. */
    boolean bareMagnitude;
    /** Contains 十/百/千 or 廿. */
    boolean hasPlace;
    /** Chinese digits read one by one (一二三, 二〇二〇, 五五): not an amount by itself. */
    boolean digitString;
    boolean decimal;
    /** 余/多/几/数 inside (十余万, 二十几万, 数十亿). */
    boolean moreThan;
    /** 来 inside (十来万): about. */
    boolean about;
    /** The last digit is an abbreviated tail (一万三). */
    boolean abbreviated;
    /** A plain Arabic integer: no separators, no decimals, nothing Chinese. */
    boolean arabicInteger;
    /** Digits of a plain Arabic integer. */
    int arabicDigits;
    boolean leadingZero;
    boolean grouped;
    /** Beyond the reading limit: not a number; skip it whole. */
    boolean tooLong;
    /** The numeral ends with a place word (三百, 九千). */
    boolean endsWithPlace;
    /** The last place word's value when the numeral is a single digit times a place (3百 → 100). */
    int leadPlace;
    int leadDigit;
    /** Number of Chinese numeral characters. */
    int chineseChars;
    /** Contains a digit (Arabic or Chinese, or a decimal part): 上千 and 万 have none. */
    boolean hasDigit;

    /** The value with the trailing magnitude taken out (617.4亿 → 617.4). */
    BigDecimal coefficient() {
        return strip(value.movePointLeft(magPow));
    }

    BigDecimal upperCoefficient() {
        return upper == null ? null : strip(upper.movePointLeft(magPow));
    }

    /** The value without trailing zeros, at scale 0 or more (0 as 0). */
    static BigDecimal strip(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
