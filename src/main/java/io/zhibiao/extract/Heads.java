package io.zhibiao.extract;

import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Metric head nouns of {@code zhibiao/extract/heads.tsv}. Immutable, thread-safe. */
public final class Heads {
    public static final String RESOURCE = "zhibiao/extract/heads.tsv";

    private final List<TsvReader.Row> rows;
    private final Map<String, Boolean> generic = new HashMap<>();
    private final int maxLength;

    private Heads(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        int max = 0;
        for (TsvReader.Row r : rows) {
            String h = r.require("head");
            String g = r.require("generic");
            if (!g.equals("yes") && !g.equals("no")) {
                throw r.error("generic must be yes or no, not '" + g + "'");
            }
            generic.put(h, g.equals("yes"));
            max = Math.max(max, h.length());
        }
        this.maxLength = max;
    }

    public static Heads defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final Heads DEFAULTS = new Heads(TsvReader.readResource(RESOURCE));
    }

    public Heads withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new Heads(all);
    }

    /** True if {@code metric} is a generic head alone (总投资, 产值, 增速): it needs a topic. */
    public boolean isGeneric(String metric) {
        return Boolean.TRUE.equals(generic.get(metric));
    }

    /** The longest head that {@code metric} ends with, or null. */
    public String suffixHead(String metric) {
        for (int len = Math.min(maxLength, metric.length()); len >= 1; len--) {
            String s = metric.substring(metric.length() - len);
            if (generic.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    /**
     * True if {@code a} and {@code b} are siblings: both end with one head after words of their own
     * (利税总额 and 利润总额, 存款余额 and 贷款余额), so neither names the other's topic.
     */
    public boolean siblings(String a, String b) {
        for (int len = Math.min(maxLength, Math.min(a.length(), b.length()) - 1); len >= 1; len--) {
            String h = a.substring(a.length() - len);
            if (generic.containsKey(h) && b.endsWith(h) && !a.equals(b)) {
                return true;
            }
        }
        return false;
    }
}
