package io.zhibiao.extract;

import io.zhibiao.text.Token;
import java.util.List;

/**
 * Names inside a metric: a leading firm, project or place becomes the subject; demonstratives and
 * frames of place or occasion are dropped. One per sentence, sharing the sentence's {@link
 * ClauseState}.
 */
final class SubjectSplitter {
    private final ClauseState st;
    private final DocumentView view;
    private final io.zhibiao.text.Segmenter segmenter;

    SubjectSplitter(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.segmenter = st.segmenter;
    }

    /** 二期 at the end of a project's name taken off (项目二期 → 项目): a scanner, not a regex per call. */
    static String withoutPhase(String name) {
        int n = name.length();
        return n >= 2 && name.charAt(n - 1) == '期' && "一二三".indexOf(name.charAt(n - 2)) >= 0
                ? name.substring(0, n - 2) : name;
    }

    /** 公司, 该企业, 这家公司: a word that only points at the firm the text is about. */
    boolean isBareEntity(String s) {
        String t = s;
        for (String p : st.words().list("demonstrative")) {
            if (t.startsWith(p)) {
                t = t.substring(p.length());
            }
        }
        return st.words().is("bare-entity", t);
    }

    /**
     * 这家成立于2008年的企业现有员工 → 员工 (the firm the text is about is the subject);
     * 在第十一届交易会上达成意向订单 → 达成意向订单 (a frame of place or occasion).
     */
    String dropFrames(String metric, Draft d) {
        String m = metric;
        if (st.words().startsWithAny("demonstrative-start", m)) {
            for (String w : st.words().list("entity-word")) {
                int i = m.indexOf(w);
                if (i > 0 && i + w.length() < m.length() - 1) {
                    m = m.substring(i + w.length());
                    for (String h : st.words().list("hold-word")) {
                        if (m.startsWith(h) && m.length() > h.length() + 1) {
                            m = m.substring(h.length());
                            break;
                        }
                    }
                    d.trace.add(Rule.METRIC_DEMONSTRATIVE_DROPPED.id());
                    return m;
                }
            }
        }
        if (m.startsWith("在") && m.length() > 6) {
            List<Token> ts = segmenter.segment(m);
            if (!ts.isEmpty() && ts.get(0).word().equals("在") && ts.get(0).pos().startsWith("p")) {
                for (Token t : ts) {
                    if ((st.words().is("frame-end", t.word()) || st.words().endsWithAny("frame-end-suffix", t.word())) && t.end() >= 4
                            && t.end() < m.length() - 1) {
                        d.trace.add(Rule.METRIC_FRAME_DROPPED.id());
                        return m.substring(t.end());
                    }
                }
            }
        }
        return m;
    }

    /** 落户重庆临空前沿科技城的OPPO（重庆）智能科技有限公司 → OPPO（重庆）智能科技有限公司. */
    static String stripRelative(String name) {
        int de = name.lastIndexOf('的');
        return de >= 0 && de < name.length() - 2 ? name.substring(de + 1) : name;
    }

    /**
     * 龙头企业恒通汽车部件公司 → 恒通汽车部件公司: a descriptor (words.tsv subject-descriptor-end) before a name
     * that ends in a name suffix is no part of the name.
     */
    String stripDescriptor(String name) {
        for (String w : st.words().list("subject-descriptor-end")) {
            int i = name.lastIndexOf(w);
            if (i >= 0) {
                String rest = name.substring(i + w.length());
                for (String suf : st.words().list("name-suffix")) {
                    if (rest.endsWith(suf) && rest.length() >= suf.length() + 2) {
                        return rest;
                    }
                }
            }
        }
        return name;
    }

    /** 所建的OPPO…项目占地 → OPPO…项目占地. */
    static String stripSuoDe(String s) {
        if (s.startsWith("所")) {
            int de = s.indexOf('的');
            if (de > 0 && de <= 3 && de < s.length() - 1) {
                return s.substring(de + 1);
            }
        }
        return s;
    }

    /** 美兰机场、凤凰机场: every item of the list is a name. */
    private boolean namesList(String s) {
        for (String item : s.split("、")) {
            boolean named = false;
            for (String suf : st.words().list("name-suffix")) {
                named |= item.endsWith(suf) && item.length() > suf.length();
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    private boolean properNameEndsAt(String metric, int end) {
        int pos = 0;
        for (Token t : segmenter.segment(metric)) {
            pos = t.end();
            if (pos == end) {
                String p = t.pos();
                return p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nr") || p.equals("nz") || p.equals("nis");
            }
            if (pos > end) {
                return false;
            }
        }
        return false;
    }

    /**
     * 南彭贸易物流基地开行 → {南彭贸易物流基地, 开行}: a leading firm or place name is the subject. A project
     * is one only for an amount ({@code amount}): a rate of 港资项目投资额 is of a class of projects.
     * (A share or rate, 星级酒店平均入住率, is not split at all: the caller asks only for other kinds.)
     */
    /** True when [from, to) lies inside a metric named as one whole (words.tsv metric-whole: 归属于上市公司股东的净利润). */
    private boolean insideWholeMetric(String metric, int from, int to) {
        for (String w : st.words().list("metric-whole")) {
            int at = metric.indexOf(w);
            while (at >= 0) {
                if (from >= at && to <= at + w.length()) {
                    return true;
                }
                at = metric.indexOf(w, at + 1);
            }
        }
        return false;
    }

    /** True when metric[0, end) has a bracket it does not close. */
    private static boolean opensBracket(String metric, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = metric.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    String[] splitSubject(String metric, boolean amount) {
        // 休闲食品项目总投资, 晋芯存储器项目一期总投资: a project before a bare head
        for (String suf : amount ? st.words().list("project-suffix") : List.<String>of()) {
            int i = metric.lastIndexOf(suf);
            if (i >= 2) {
                String rest = metric.substring(i + suf.length());
                String name = metric.substring(0, i + suf.length());
                if ("class".equals(view.lexicons().phrases().kindOfSuffix(withoutPhase(name)))
                        || st.phrases.startsWithVerbWord(name)) {
                    break; // 签约项目总投资, 新增储备申报中央投资项目总投资: a class of projects, not a named one
                }
                if (view.lexicons().heads().isGeneric(rest)) {
                    return new String[] {metric.substring(0, i + suf.length()), rest};
                }
            }
        }
        for (String suf : st.words().list("name-suffix")) {
            int i = metric.indexOf(suf);
            while (i >= 0) {
                int e = i + suf.length();
                if (e < metric.length() && (metric.charAt(e) == '(' || metric.charAt(e) == '（')) {
                    int close = Math.max(metric.indexOf(')', e), metric.indexOf('）', e));
                    if (close > 0) {
                        e = close + 1;
                    }
                }
                if (e < metric.length() && (metric.charAt(e) == ')' || metric.charAt(e) == '）') && opensBracket(metric, e)) {
                    e++; // 武夷山国家公园（武夷山景区）接待游客: the name in brackets ends with its bracket
                }
                boolean ok = (suf.length() >= 2 ? e >= 4 : properNameEndsAt(metric, e)) && !insideWholeMetric(metric, i, e)
                        && !st.words().is("piece-lead-keep", metric.substring(0, e)); // 对香港|出口: a partner, not a port
                boolean listGoesOn = e < metric.length() && metric.charAt(e) == '、'; // A公司、B公司产值: the names end at the last
                if (i >= 2 && ok && !listGoesOn && metric.length() - e >= 2 && (metric.indexOf('、') < 0 || namesList(metric.substring(0, e)))) {
                    String rest = metric.substring(e);
                    for (String w : st.words().list("total-adverb")) {
                        if (rest.startsWith(w)) {
                            rest = rest.substring(w.length());
                            break;
                        }
                    }
                    return new String[] {metric.substring(0, e), rest};
                }
                i = metric.indexOf(suf, i + 1);
            }
        }
        return null;
    }
}
