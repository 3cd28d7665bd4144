package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.Region;
import io.zhibiao.lexicon.UnitTable;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Statistical tables flattened into text, the way bulletins paste them:
 *
 * <pre>
 * 指标名称 单位 1-9月 同比增长（%）
 * 地区生产总值 亿元 412.63 12.1          → 地区生产总值 412.63亿元, 增长12.1%
 * 县（市、区） 1-9月（亿元） 同比增长（%）
 * 麒麟区 123.45 13.2                      → 麒麟区 (title's metric) 123.45亿元, 增长13.2%
 * </pre>
 *
 * A header row names the columns (name, unit, value, growth, share); the rows after it, on the same
 * line or the lines below, give one record per figure. Rows are indicators, or regions when the
 * name column says 县/区/地区 (the metric is then the table's title).
 */
final class Tables {
    enum Role { NAME, UNIT, VALUE, GROWTH, SHARE, POINTS }

    record Cell(int start, int end, String text) {
    }

    private final DocumentView view;
    private final String text;

    /** The word classes of the record stage (words.tsv): the column and title words of tables. */
    private Words words() {
        return view.lexicons().words();
    }

    Tables(DocumentView view) {
        this.view = view;
        this.text = view.text();
        this.cellsOf = new TableCells(text);
        this.headers = new TableHeaders(view);
    }

    private final TableHeaders headers;

    private final TableCells cellsOf;

    /** Records of every table of the document; the quantities they use are added to {@code claimed}. */
    List<Draft> read(List<QuantityMatch> quantities, Set<QuantityMatch> claimed) {
        List<Draft> out = new ArrayList<>();
        List<Document.Paragraph> paragraphs = view.document().paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Document.Paragraph p = paragraphs.get(pi);
            List<Cell> cells = cellsOf.cells(p.start(), p.end());
            boolean indexed = !cells.isEmpty() && words().is("table-index-column", cells.get(0).text());
            if (indexed) {
                cells = cells.subList(1, cells.size()); // 排名 | 县（市、区） | …: the rows' leading numbers are skipped as strays
            }
            int headerLength = headers.headerLength(cells);
            if (headerLength < 3) {
                continue;
            }
            List<Role> roles = new ArrayList<>();
            List<String> headerUnits = new ArrayList<>();
            List<String> headerBases = new ArrayList<>();
            List<PeriodMention> columnPeriods = new ArrayList<>();
            String noteUnit = noteUnit(pi); // （单位：亿元） in the title or the line before the header
            for (int k = 0; k < headerLength; k++) {
                PeriodMention own = view.lexicons().periods().at(cells.get(k).text(), 0, view.context().year());
                // a column that names no period measures the one to its left (| 6月 | 1-6月累计 | 累计增长(%) |)
                columnPeriods.add(own != null || k == 0 ? own : columnPeriods.get(k - 1));
                roles.add(headers.role(cells.get(k).text(), k));
                String unit = headers.bracketUnit(cells.get(k).text());
                if (unit == null) {
                    unit = headers.countUnit(cells.get(k).text()); // 套数 → 套
                }
                headerUnits.add(unit == null && roles.get(k) == Role.VALUE ? noteUnit : unit);
                headerBases.add(headers.headerBasis(cells.get(k).text()));
            }
            boolean regionRows = headers.isRegionColumn(cells.get(0).text());
            // rows that are towns, parks or firms of the document's place: subjects, the columns their measures
            boolean subjectRows = !regionRows && headers.isSubjectColumn(cells.get(0).text());
            String title = regionRows ? title(pi) : subjectRows ? null : titleHead(pi);
            if ((regionRows || subjectRows) && title == null) {
                title = headers.valueColumnName(cells.subList(0, headerLength), roles); // 县区 | 生产总值（亿元） | 比上年增长（%）
            }
            PeriodMention headerPeriod = headers.headerPeriod(cells.subList(0, headerLength));
            if (headerPeriod == null) {
                headerPeriod = titlePeriod(pi);   // 表1 2012年规模以上工业主要产品产量…
            }
            if (headerPeriod == null) {
                // the period the text runs under where the table starts (its rows name places: no sections of their own)
                headerPeriod = view.periodBefore(p.start(), view.document().sentenceAt(p.start()));
            }
            // the rows: the rest of this paragraph and the row-shaped paragraphs after it
            List<Cell> stream = new ArrayList<>(cells.subList(headerLength, cells.size()));
            int next = pi + 1;
            while (next < paragraphs.size()) {
                Document.Paragraph r = paragraphs.get(next);
                if (cellsOf.ruleLine(r.start(), r.end())) {
                    next++; // |---|---| under the header, ├──┼──┤ between rows
                    continue;
                }
                List<Cell> rc = cellsOf.cells(r.start(), r.end());
                if (indexed && rc.size() > 2 && rc.get(0).text().chars().allMatch(Character::isDigit)) {
                    rc = rc.subList(1, rc.size()); // 1 丰城市 312.6 5.8: the row's number, not a figure
                }
                if (!rowShaped(rc)) {
                    break;
                }
                stream.addAll(rc);
                next++;
            }
            int before = out.size();
            List<String> columnMetrics = regionRows || subjectRows ? headers.columnMetrics(cells.subList(0, headerLength), roles) : null;
            // 行业 | 法人单位数（个） | 比重（%）: rows are categories of the measures the columns name (建筑业法人单位数)
            boolean categoryRows = !regionRows && !subjectRows && title == null && headers.isCategoryColumn(cells.get(0).text());
            if (categoryRows) {
                columnMetrics = headers.columnMetrics(cells.subList(0, headerLength), roles, 1);
                categoryRows = columnMetrics != null;
            }
            readRows(stream, roles, headerUnits, columnPeriods, headers.pointBases(cells.subList(0, headerLength)), regionRows,
                    subjectRows, categoryRows, columnMetrics, title, headerPeriod, quantities, claimed, out);
            basesFromHeader(out.subList(before, out.size()), roles, headerBases);
            pi = next - 1;
        }
        out.addAll(new LabelledLists(view, this).read(quantities, claimed)); // 天长市：11.3 under a title naming the measure
        return out;
    }

    /** A growth column whose header states its basis gives it to its figures (同比增长% → basis 同比). */
    private static void basesFromHeader(List<Draft> drafts, List<Role> roles, List<String> headerBases) {
        String basis = null;
        for (int k = 0; k < roles.size(); k++) {
            if (roles.get(k) == Role.GROWTH && headerBases.get(k) != null) {
                basis = basis == null ? headerBases.get(k) : basis;
            }
        }
        if (basis == null) {
            return;
        }
        for (Draft d : drafts) {
            if (d.kind == Kind.GROWTH_RATE && d.basis == null) {
                d.basis = basis;
                d.trace.add(Rule.BASIS_CUE.id());
            }
        }
    }

    /** A line of cells that is a table row: a name and at least one number, no sentence punctuation. */
    private boolean rowShaped(List<Cell> cells) {
        if (cells.size() < 2) {
            return false;
        }
        for (Cell c : cells) {
            if (c.text().indexOf('，') >= 0 || c.text().indexOf('。') >= 0) {
                return false;
            }
        }
        int last = cells.size() - 1;
        while (last > 1 && TableCells.isPlaceholder(cells.get(last).text())) {
            last--; // | 地区生产总值 | 亿元 | 1128.6 | 6.2 | — |: an empty last column
        }
        return TableCells.isNumber(cells.get(last).text()) && !TableCells.isNumber(cells.get(0).text());
    }


    /** The title of a table of regions: the heading before its header, without 分县（市、区）. */
    private String title(int headerParagraph) {
        List<Document.Paragraph> ps = view.document().paragraphs();
        for (int k = headerParagraph - 1; k >= Math.max(0, headerParagraph - 2); k--) {
            Document.Paragraph p = ps.get(k);
            if (!p.headingLike()) {
                continue;
            }
            String t = text.substring(p.start(), p.end()).strip();
            for (String prefix : words().list("table-title-prefix")) {
                if (t.startsWith(prefix)) {
                    return t.substring(prefix.length()).strip();
                }
            }
            return null;
        }
        return null;
    }

    /** The unit a note names in one of the two paragraphs before a table's header (单位：亿元), when the table knows it. */
    private String noteUnit(int headerParagraph) {
        List<Document.Paragraph> ps = view.document().paragraphs();
        for (int k = headerParagraph - 1; k >= Math.max(0, headerParagraph - 2); k--) {
            String u = TableCells.unitNote(text, ps.get(k).start(), ps.get(k).end());
            if (u != null) {
                return view.lexicons().units().resolve(u).isPresent() ? u : null;
            }
        }
        return null;
    }

    /** The heading paragraph right before a table's header (its title), or null. */
    private Document.Paragraph titleParagraph(int headerParagraph) {
        List<Document.Paragraph> ps = view.document().paragraphs();
        for (int k = headerParagraph - 1; k >= Math.max(0, headerParagraph - 2); k--) {
            if (ps.get(k).headingLike()) {
                return ps.get(k);
            }
        }
        return null;
    }

    /** What the rows of a table of products measure, from its title (…主要产品产量及其增长速度 → 产量), or null. */
    private String titleHead(int headerParagraph) {
        Document.Paragraph p = titleParagraph(headerParagraph);
        if (p == null) {
            return null;
        }
        String t = text.substring(p.start(), p.end());
        for (String head : words().list("table-title-head")) {
            if (t.contains(head)) {
                return head;
            }
        }
        return null;
    }

    /** The period a table's title names (表1 2012年…), or null. */
    private PeriodMention titlePeriod(int headerParagraph) {
        Document.Paragraph p = titleParagraph(headerParagraph);
        if (p == null) {
            return null;
        }
        for (PeriodMention m : view.periods()) {
            if (m.start() >= p.start() && m.end() <= p.end()) {
                return m;
            }
            if (m.start() >= p.end()) {
                break;
            }
        }
        return null;
    }

    private void readRows(List<Cell> stream, List<Role> roles, List<String> headerUnits, List<PeriodMention> columnPeriods,
            List<String> columnBases,
            boolean regionRows, boolean subjectRows, boolean categoryRows, List<String> columnMetrics, String title,
            PeriodMention headerPeriod, List<QuantityMatch> quantities, Set<QuantityMatch> claimed,
            List<Draft> out) {
        int i = 0;
        while (i < stream.size()) {
            Cell name = stream.get(i);
            if (TableCells.isNumber(name.text())) {
                i++;
                continue; // a stray number: no row starts here
            }
            int k = i + 1;
            String rowUnit = null;
            List<Cell> figures = new ArrayList<>();
            List<Role> figureRoles = new ArrayList<>();
            List<String> figureUnits = new ArrayList<>();
            List<PeriodMention> figurePeriods = new ArrayList<>();
            List<String> figureBases = new ArrayList<>();
            List<Integer> figureColumns = new ArrayList<>();
            for (int c = 1; c < roles.size() && k < stream.size(); c++) {
                Cell cell = stream.get(k);
                if (TableCells.isPlaceholder(cell.text())) {
                    k++;   // 规模以上工业增加值 — — 7.2: no figure in this column
                    continue;
                }
                if (roles.get(c) == Role.UNIT) {
                    if (TableCells.isNumber(cell.text())) {
                        break;
                    }
                    rowUnit = cell.text();
                    k++;
                    continue;
                }
                if (!TableCells.isNumber(cell.text())) {
                    break;
                }
                figures.add(cell);
                figureRoles.add(roles.get(c));
                figureUnits.add(headerUnits.get(c));
                figurePeriods.add(columnPeriods.get(c));
                figureBases.add(columnBases.get(c));
                figureColumns.add(c);
                k++;
            }
            if (figures.isEmpty()) {
                i = k == i + 1 ? i + 1 : k;
                continue;
            }
            Region region = null;
            String metric = name.text();
            String nameUnit = headers.bracketUnit(metric);
            int open = Math.max(metric.lastIndexOf('（'), metric.lastIndexOf('('));
            if (nameUnit != null && open > 0 && (metric.endsWith("）") || metric.endsWith(")"))) {
                metric = metric.substring(0, open).strip(); // 规模以上工业增加值(亿元) | 85.2: the row names its unit
                rowUnit = rowUnit == null ? nameUnit : rowUnit;
            }
            if (!regionRows && title != null && !words().endsWithAny("table-measure-end", metric)) {
                metric = metric + title;   // 水泥 in a table of 产量 → 水泥产量 (发电量 stays)
            }
            if (regionRows) {
                RegionContext.Mention m = view.regionStartingAt(name.start());
                if (m == null || m.region() == null || title == null) {
                    i = k;
                    continue;
                }
                region = m.region();
                metric = title;
            }
            String subject = null;
            if (subjectRows) {
                if (title == null) {
                    i = k;
                    continue;
                }
                // 合计, 全区: the place's own total, no subject
                subject = words().is("table-total-row", name.text()) ? null : name.text();
                metric = title;
                region = view.regions().documentRegion(); // the towns, parks or firms of the document's own place
            }
            for (int f = 0; f < figures.size(); f++) {
                String columnMetric = columnMetrics == null ? null : columnMetrics.get(figureColumns.get(f));
                if (categoryRows && columnMetric != null && !words().is("table-total-row", metric)) {
                    columnMetric = metric + columnMetric; // 建筑业 | 574 under 法人单位数 → 建筑业法人单位数 (合计: the measure itself)
                }
                Draft d = draft(figures.get(f), figureRoles.get(f),
                        figureUnits.get(f) != null ? figureUnits.get(f) : rowUnit, columnMetric != null ? columnMetric : metric, region,
                        figurePeriods.get(f) != null ? figurePeriods.get(f) : headerPeriod, name, // | 6月 | 1-6月 |: each column its own
                        stream.get(k - 1), quantities, claimed);
                if (d != null && figureRoles.get(f) == Role.POINTS) {
                    String m = columnMetric != null ? columnMetric : metric;
                    d.metric = words().endsWithAny("table-rate-end", m) ? m : m + "增速"; // 地区生产总值 → 地区生产总值增速
                    d.basis = figureBases.get(f);
                }
                if (d != null && subject != null) {
                    d.subject = subject;
                }
                if (d != null) {
                    out.add(d);
                }
            }
            i = k;
        }
    }

    Draft draft(Cell cell, Role role, String unit, String metric, Region region,
            PeriodMention headerPeriod, Cell rowStart, Cell rowEnd, List<QuantityMatch> quantities,
            Set<QuantityMatch> claimed) {
        BigDecimal value;
        try {
            String t = cell.text().replace(",", "").replace('−', '-');
            value = new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
        for (QuantityMatch q : quantities) {
            if (q.start() >= cell.start() && q.end() <= cell.end()) {
                claimed.add(q);
            }
        }
        Draft d = new Draft();
        UnitTable.Unit info = null;
        String u;
        QuantityMention.Type type;
        d.fromTable = true;
        switch (role) {
            case GROWTH -> {
                d.kind = Kind.GROWTH_RATE;
                u = "%";
                type = QuantityMention.Type.PERCENT;
                d.trace.add(Rule.TABLE_GROWTH.id());
            }
            case POINTS -> {
                d.kind = Kind.PP_CHANGE;
                u = "个百分点";
                type = QuantityMention.Type.PERCENTAGE_POINT;
                d.trace.add(Rule.TABLE_POINTS.id());
            }
            case SHARE -> {
                d.kind = Kind.PERCENT;
                u = "%";
                type = QuantityMention.Type.PERCENT;
                d.trace.add(Rule.TABLE_SHARE.id());
            }
            default -> {
                d.kind = Kind.AMOUNT;
                u = unit;
                type = unit == null ? QuantityMention.Type.NUMBER : QuantityMention.Type.AMOUNT;
                d.trace.add(Rule.TABLE_VALUE.id());
            }
        }
        if (u != null) {
            Optional<UnitTable.Unit> resolved = view.lexicons().units().resolve(u);
            info = resolved.orElse(null);
        }
        d.q = new QuantityMatch(cell.start(), cell.end(), cell.start(), value, null, u, info, Qualifier.EXACT, type);
        d.value = value;
        d.unit = u;
        d.unitInfo = info;
        d.metric = metric;
        d.regionOverride = region;
        d.tablePeriod = headerPeriod;
        d.evidenceStart = rowStart.start();
        d.evidenceEnd = rowEnd.end();
        return d;
    }

    /** The quantities of {@code all} not claimed by a table. */
    static List<QuantityMatch> unclaimed(List<QuantityMatch> all, Set<QuantityMatch> claimed) {
        if (claimed.isEmpty()) {
            return all;
        }
        List<QuantityMatch> out = new ArrayList<>(all.size());
        Set<QuantityMatch> c = new HashSet<>(claimed);
        for (QuantityMatch q : all) {
            if (!c.contains(q)) {
                out.add(q);
            }
        }
        return out;
    }
}
