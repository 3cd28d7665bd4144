package io.zhibiao.test;

import io.zhibiao.Indicator;
import java.math.BigDecimal;
import java.util.List;

/** One-line renderings of records for failure messages. */
final class Describe {
    /** At most this many records are listed in a message. */
    static final int MAX_LISTED = 40;

    private Describe() {
    }

    /** "#3 江北区 | 地区生产总值 | AMOUNT 617.4 亿元 | 上半年 「完成地区生产总值617.4亿元」". */
    static String record(int index, Indicator r) {
        StringBuilder b = new StringBuilder();
        b.append('#').append(index).append(' ')
                .append(r.region() == null ? "(no region)" : r.region().name()).append(" | ")
                .append(r.metric().mention()).append(" | ")
                .append(r.kind()).append(' ').append(plain(r.quantity().value()));
        if (r.quantity().unit() != null) {
            b.append(' ').append(r.quantity().unit());
        }
        if (r.period() != null) {
            b.append(" | ").append(r.period().text());
        }
        b.append(" 「").append(oneLine(r.evidence())).append('」');
        return b.toString();
    }

    /** Every record, one per line, indented; at most {@link #MAX_LISTED}. */
    static String records(List<Indicator> records) {
        if (records.isEmpty()) {
            return "  (no records)\n";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < records.size() && i < MAX_LISTED; i++) {
            b.append("  ").append(record(i, records.get(i))).append('\n');
        }
        if (records.size() > MAX_LISTED) {
            b.append("  … and ").append(records.size() - MAX_LISTED).append(" more\n");
        }
        return b.toString();
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }
}
