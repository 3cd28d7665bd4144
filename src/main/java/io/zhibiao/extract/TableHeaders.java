package io.zhibiao.extract;

import io.zhibiao.extract.Tables.Cell;
import io.zhibiao.extract.Tables.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The header row of a flattened table ({@link Tables}): which leading cells form it, the role of
 * each column (name, unit, value, growth, share, points), the unit, basis, period and metric a
 * column's header states. Column and title words are data (words.tsv, {@code table-*}).
 */
final class TableHeaders {
    private final DocumentView view;

    TableHeaders(DocumentView view) {
        this.view = view;
    }

    /** The word classes of the record stage (words.tsv): the column and title words of tables. */
    private Words words() {
        return view.lexicons().words();
    }

    /**
     * Per header cell of a table whose rows are places, the metric its figures measure when the
     * header names two or more (县区 | 地区生产总值（亿元） | 增长（%） | 一般公共预算收入（亿元） | 增长（%）): a value
     * column's name without its unit, and for a growth, share or points column the name of the
     * value column to its left. Null when the header names fewer than two (the title names the
     * metric then), and for columns that name none (1-9月（亿元）, 绝对值).
     */
    List<String> columnMetrics(List<Cell> header, List<Role> roles) {
        return columnMetrics(header, roles, 2);
    }

    /** Whether the rows of a name column are categories of a measure (行业, 登记注册类型: words.tsv table-category-column). */
    boolean isCategoryColumn(String c) {
        return words().is("table-category-column", c.replace("（", "(").replace("）", ")"));
    }

    /** The measure each column names (null where none), or null when fewer than {@code minNamed} columns name one. */
    List<String> columnMetrics(List<Cell> header, List<Role> roles, int minNamed) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        String left = null;
        for (int k = 0; k < header.size(); k++) {
            if (k == 0) {
                out.add(null);
                continue;
            }
            if (roles.get(k) == Role.VALUE) {
                String c = header.get(k).text();
                int open = c.indexOf('（') >= 0 ? c.indexOf('（') : c.indexOf('(');
                String name = (open > 0 ? c.substring(0, open) : open == 0 ? "" : c).strip();
                boolean names = name.length() >= 2 && view.lexicons().periods().at(name, 0, null) == null
                        && (!words().is("table-figure-column", name) || countUnit(name) != null) && !TableCells.isNumber(name);
                left = names ? name : null;
                if (names) {
                    named.add(name);
                }
                out.add(left);
            } else if (roles.get(k) == Role.UNIT) {
                out.add(null);
            } else {
                String own = ownMeasure(header.get(k).text());
                if (own != null) {
                    named.add(own); // 固定资产投资增速(%): a growth column that names its own measure
                }
                out.add(own != null ? own : left);
            }
        }
        return named.size() >= minNamed ? out : null;
    }

    /**
     * The measure a growth or share column's header names before its growth or share word
     * (固定资产投资增速(%) → 固定资产投资, 工业投资占比 → 工业投资), or null (同比增长(%), 比上年增长, 增速).
     */
    private String ownMeasure(String header) {
        int open = header.indexOf('（') >= 0 ? header.indexOf('（') : header.indexOf('(');
        String name = (open > 0 ? header.substring(0, open) : open == 0 ? "" : header).strip();
        String word = null;
        for (String cls : new String[] {"table-growth-column", "table-share-column"}) {
            for (String w : words().list(cls)) {
                if (name.endsWith(w) && (word == null || w.length() > word.length())) {
                    word = w;
                }
            }
        }
        if (word == null) {
            return null;
        }
        String m = name.substring(0, name.length() - word.length()).strip();
        for (String b : words().list("table-basis")) {
            if (m.endsWith(b)) {
                return null; // 比上年同期增长: a basis, not a measure
            }
        }
        boolean names = m.length() >= 2 && view.lexicons().periods().at(m, 0, null) == null
                && !words().is("table-figure-column", m) && !TableCells.isNumber(m);
        return names ? m : null;
    }

    /** Per header cell, the comparison a points column states (增速比1-8月(±百分点) → 比1-8月), else null. */
    List<String> pointBases(List<Cell> header) {
        List<String> out = new ArrayList<>();
        for (Cell c : header) {
            String t = c.text();
            int b = Math.max(t.indexOf('比'), t.indexOf('较'));
            int open = t.indexOf('(') >= 0 ? t.indexOf('(') : t.indexOf('（');
            out.add(b >= 0 && words().containsAny("table-points-column", t) ? t.substring(b, open > b ? open : t.length()) : null);
        }
        return out;
    }

    /** The basis a header cell states (同比增长% → 同比; words.tsv table-basis, the longest), or null. */
    String headerBasis(String header) {
        String best = null;
        for (String w : words().list("table-basis")) {
            if (header.contains(w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    /** How many leading cells form a header row (name column first, then unit/value/growth columns), or 0. */
    int headerLength(List<Cell> cells) {
        if (cells.size() < 3 || !isNameColumn(cells.get(0).text())) {
            return 0;
        }
        int k = 1;
        boolean figures = false;
        while (k < cells.size() && isColumnHeader(cells.get(k).text())) {
            Role r = role(cells.get(k).text(), k);
            figures |= r != Role.UNIT;
            k++;
        }
        return figures && k >= 3 ? k : 0;
    }

    private boolean isNameColumn(String c) {
        return words().is("table-name-column", c) || isCategoryColumn(c) || isRegionColumn(c) || isSubjectColumn(c);
    }

    /** A name column whose rows are units below the document's place: towns, parks, firms (镇（街道）, 园区, 企业名称). */
    boolean isSubjectColumn(String c) {
        String s = c.replace("（", "(").replace("）", ")");
        return words().is("table-subject-column", s);
    }

    boolean isRegionColumn(String c) {
        String s = c.replace("（", "(").replace("）", ")");
        return words().startsWithAny("table-region-column-start", s) || words().is("table-region-column", s);
    }

    private boolean isColumnHeader(String c) {
        if (words().is("table-unit-column", c) || words().containsAny("table-figure-column", c)
                || bracketUnit(c) != null) {
            return true; // (生产总值（亿元）: a measure with its unit is a value column)
        }
        return view.lexicons().periods().at(c, 0, null) != null; // 1-9月, 上半年, 2020年
    }

    Role role(String c, int k) {
        if (k == 0) {
            return Role.NAME;
        }
        if (words().is("table-unit-column", c)) {
            return Role.UNIT;
        }
        if (words().containsAny("table-points-column", c)) {
            return Role.POINTS; // 增速比1-8月(±百分点): a change of the growth rate
        }
        if (words().containsAny("table-share-column", c)) {
            return Role.SHARE;
        }
        if (words().containsAny("table-growth-column", c)) {
            return Role.GROWTH;
        }
        return Role.VALUE;
    }

    /** The name of a region table's value column without its unit in brackets (生产总值（亿元） → 生产总值), or null. */
    static String valueColumnName(List<Cell> header, List<Role> roles) {
        for (int k = 1; k < header.size(); k++) {
            if (roles.get(k) == Role.VALUE) {
                String c = header.get(k).text();
                int open = c.indexOf('（') >= 0 ? c.indexOf('（') : c.indexOf('(');
                String name = (open > 0 ? c.substring(0, open) : c).strip();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /** 套数 → 套, 户数 → 户: a count column's unit, the measure word before 数 (a unit of units.tsv), or null. */
    String countUnit(String c) {
        String s = c.strip();
        if (s.length() == 2 && s.endsWith("数") && words().is("table-figure-column", s)) { // not 绝对数
            String u = s.substring(0, 1);
            return view.lexicons().units().resolve(u).map(x -> "count".equals(x.family())).orElse(false) ? u : null;
        }
        return null;
    }

    /** 1-9月（亿元） → 亿元, 均价（元/平方米） → 元/平方米 (元/件 → 元); null when the header gives no unit. */
    String bracketUnit(String c) {
        int open = Math.max(c.indexOf('（'), c.indexOf('('));
        int close = Math.max(c.lastIndexOf('）'), c.lastIndexOf(')'));
        if (open >= 0 && close > open) {
            String u = c.substring(open + 1, close);
            int slash = Math.max(u.indexOf('/'), u.indexOf('／'));
            if (slash > 0 && view.lexicons().units().resolve(u).isEmpty()) {
                u = u.substring(0, slash); // 单价（元/件）: the money when the per-unit form is no unit of units.tsv
            }
            if (!u.equals("%") && view.lexicons().units().resolve(u).isPresent()) {
                return u;
            }
        }
        return null;
    }

    PeriodMention headerPeriod(List<Cell> header) {
        for (Cell c : header) {
            PeriodMention p = view.lexicons().periods().at(c.text(), 0, view.context().year());
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
