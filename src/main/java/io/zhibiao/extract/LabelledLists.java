package io.zhibiao.extract;

import io.zhibiao.extract.Tables.Cell;
import io.zhibiao.extract.Tables.Role;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of labelled figures under a title that names their measure, one item per line, as monthly
 * bulletins print a breakdown by place (a two-column table with a colon for its cell gap):
 *
 * <pre>
 * 二、县（市、区）规模以上工业增加值增速（%）
 * 天长市：11.3                 → 天长市 | 规模以上工业增加值 | GROWTH_RATE 11.3%
 * 明光市：8.7                  → 明光市 | 规模以上工业增加值 | GROWTH_RATE 8.7%
 * </pre>
 *
 * The title gives the measure: its list marker, a leading group word (words.tsv list-title-group:
 * 县（市、区）, 全省部分市) and its unit in brackets go; a growth word at its end (增速, 增长) makes the
 * figures growth rates, a share word (比重) shares, else they are amounts in the bracket's unit. An
 * item whose label is no place the document knows gives no record (the list is then no breakdown by
 * place). The items' quantities are claimed, as a table's are.
 */
final class LabelledLists {
    /** 天长市：11.3, 琅琊区：-1.8, 全省：7.3%: a label, a colon, one number. */
    private static final Pattern ITEM = Pattern.compile("([^：:，。；、0-9\\s]{2,20})[：:]\\s*([-−+]?[0-9]+(?:\\.[0-9]+)?)\\s*(%?)");
    private static final Pattern MARKER = Pattern.compile("^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、．.])\\s*");
    private static final Pattern BRACKET_UNIT = Pattern.compile("[（(]([^（）()]{1,6})[)）]\\s*$");

    private final DocumentView view;
    private final Tables tables;

    LabelledLists(DocumentView view, Tables tables) {
        this.view = view;
        this.tables = tables;
    }

    private Words words() {
        return view.lexicons().words();
    }

    List<Draft> read(List<QuantityMatch> quantities, Set<QuantityMatch> claimed) {
        List<Draft> out = new ArrayList<>();
        List<Document.Paragraph> ps = view.document().paragraphs();
        String text = view.text();
        int k = 0;
        while (k < ps.size()) {
            if (item(text, ps.get(k)) == null || k == 0) {
                k++;
                continue;
            }
            Document.Paragraph titleP = ps.get(k - 1);
            Title title = titleP.headingLike() ? title(text.substring(titleP.start(), titleP.end()).strip()) : null;
            int end = k;
            while (end < ps.size() && item(text, ps.get(end)) != null) {
                end++;
            }
            if (title != null && end - k >= 2) {
                for (int i = k; i < end; i++) {
                    Document.Paragraph p = ps.get(i);
                    Matcher m = item(text, p);
                    RegionContext.Mention place = view.regionStartingAt(p.start() + m.start(1));
                    if (place == null || place.region() == null || place.end() != p.start() + m.end(1)) {
                        continue;
                    }
                    Cell figure = new Cell(p.start() + m.start(2), p.start() + m.end(3), text.substring(p.start() + m.start(2), p.start() + m.end(2)));
                    Cell row = new Cell(p.start(), p.end(), text.substring(p.start(), p.end()));
                    Draft d = tables.draft(figure, title.role, title.unit, title.metric, place.region(), null, row, row, quantities, claimed);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
            k = end;
        }
        return out;
    }

    /** The item a paragraph is (the whole paragraph one labelled figure), or null. */
    private static Matcher item(String text, Document.Paragraph p) {
        Matcher m = ITEM.matcher(text).region(p.start(), p.end());
        if (!m.matches()) {
            return null;
        }
        Matcher local = ITEM.matcher(text.substring(p.start(), p.end()));
        return local.matches() ? local : null;
    }

    private record Title(String metric, Role role, String unit) {
    }

    /** The measure a list's title names (二、县（市、区）规模以上工业增加值增速（%） → 规模以上工业增加值, growth, %), or null. */
    private Title title(String t) {
        String s = MARKER.matcher(t).replaceFirst("");
        String unit = null;
        Matcher u = BRACKET_UNIT.matcher(s);
        if (u.find()) {
            unit = u.group(1);
            s = s.substring(0, u.start()).strip();
        }
        String group = null;
        for (String w : words().list("list-title-group")) {
            if (s.startsWith(w) && (group == null || w.length() > group.length())) {
                group = w;
            }
        }
        if (group == null) {
            return null; // a title that names no group of places: not a breakdown by place
        }
        s = s.substring(group.length());
        Role role = Role.VALUE;
        for (String w : words().list("table-growth-column")) {
            if (s.endsWith(w) && s.length() > w.length()) {
                role = Role.GROWTH;
                s = s.substring(0, s.length() - w.length());
                break;
            }
        }
        if (role == Role.VALUE) {
            for (String w : words().list("table-share-column")) {
                if (s.endsWith(w) && s.length() > w.length()) {
                    role = Role.SHARE;
                    s = s.substring(0, s.length() - w.length());
                    break;
                }
            }
        }
        if (role == Role.VALUE && (unit == null || unit.equals("%") || view.lexicons().units().resolve(unit).isEmpty())) {
            return null; // amounts need a unit the title names
        }
        return s.length() >= 2 ? new Title(s, role, role == Role.VALUE ? unit : null) : null;
    }
}
