package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.text.Document;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentView#periodBefore} (indexed, logarithmic) against the plain scan over all periods
 * that it replaced (which made the assembler quadratic in the number of periods): on random texts of
 * period words, region names, headings, bylines and punctuation, both give the same period for
 * every offset of every sentence.
 */
class PeriodIndexOracleTest {
    private static final String[] PIECES = {
        "上半年", "2020年", "到2022年", "目前", "截至目前", "每年", "1-6月", "截至6月底", "年初", "近3年", "三季度",
        "的", "的", "全区", "江北区", "重庆市", "渝北", "全国", "地区生产总值", "增长", "4.7%", "617.4亿元", "企业",
        "由上年的", "产值", "同比", "完成", "达到", "，", "，", "。", "。", "；", "、", "\n", "\n",
        "\n渝北区委书记 覃昌德\n", "\n上半年区县经济亮点\n", "\n江北区\n", "\n数读\n",
        "6月份", "1-8月", "8月份", "全年", "企业全年", "当年", "\n9月末，", "当季", "\n（本期数据截至2月末；3月数据4月发布）\n", "\n截至6月底，", "\n一、2020年工作回顾\n", "\n二、2021年主要目标\n", "\n（一）上半年\n",
        "同期", "较2019年同期", "全年目标任务的", "年度计划", "为今年以来首次", "春节期间", "今年春节假期", "春节黄金周", "（2月11日至17日）", "春节黄金周", "是上年的", "2.3倍", "的", "2019年同期的", "(1-6月)",
    };

    private static final Pipeline PIPELINE = new Pipeline(Lexicons.defaults());

    /** The scan the index replaced, as it was written. */
    static PeriodMention naive(DocumentView view, int offset, Document.Sentence sentence) {
        Document doc = view.document();
        Document.Paragraph para = doc.paragraphAt(offset);
        int sectionStart = naiveSectionStart(view, para);
        PeriodMention best = null;
        PeriodMention heading = null;
        PeriodMention sectionHeading = null;
        PeriodMention previous = null;
        PeriodMention lastBeyond = null; // the last period that holds beyond its sentence
        PeriodMention lastBeyondParagraph = null; // … and beyond its paragraph
        String text = view.text();
        for (PeriodMention p : view.periods()) {
            if (p.start() >= offset) {
                break;
            }
            boolean annotation = previous != null && previous.end() + 1 == p.start()
                    && (text.charAt(previous.end()) == '（' || text.charAt(previous.end()) == '(');
            previous = p;
            if (annotation || text.startsWith("同期", p.end()) || PeriodAsides.namesGoal(view.lexicons().words(), text, p)) {
                continue;
            }
            Document.Paragraph pp = doc.paragraphAt(p.start());
            // a month inside the period its paragraph runs under (8月份 after 1-8月) holds in its sentence only
            boolean zoom = lastBeyond != null && doc.paragraphAt(lastBeyond.start()).index() == pp.index()
                    && view.inside(p, lastBeyond);
            // a part of the running period after a figure of another paragraph (…占全年的64.8%，一季度仅占12.1%) too
            zoom |= lastBeyondParagraph != null && doc.paragraphAt(lastBeyondParagraph.start()).index() != pp.index()
                    && view.zoomsInMidParagraph(p, lastBeyondParagraph, pp);
            // the same event named again (春节期间 after 春节黄金周) holds in its sentence only too
            if (lastBeyond != null && p.type() == PeriodMention.Type.EVENT && lastBeyond.type() == PeriodMention.Type.EVENT) {
                zoom |= PeriodShapes.sameEventWords(view.lexicons().words(), text, p, lastBeyond);
            }
            // a period that restates the one the text runs under (全年 after 2004年) holds in its paragraph only,
            // in its sentence only inside a clause (公司全年加工原油)
            boolean restates = lastBeyondParagraph != null
                    && view.lexicons().words().is("period-restating", text.substring(p.start(), p.end()));
            // a bracketed note paragraph（…3月数据预计于4月20日前发布）keeps its periods
            boolean note = PeriodShapes.bracketedNote(text, pp);
            // a month-end or year-end moment opening its paragraph (9月末，…) frames the paragraphs after it
            String written = text.substring(p.start(), p.end());
            boolean framing = p.type() == PeriodMention.Type.AS_OF && PeriodShapes.opensParagraph(text, p, pp)
                    && view.lexicons().words().endsWithAny("framing-moment-end", written)
                    && !view.lexicons().words().startsWithAny("moment-closing", written);
            boolean sentenceOnly = p.type() == PeriodMention.Type.HORIZON || PeriodShapes.local(view.lexicons().words(), text, p) || zoom
                    || restates && !PeriodShapes.headsClause(text, p);
            // a holiday inside the period the text runs under (“五一”假期 in a report on 上半年) holds in its paragraph only
            boolean aside = p.type() == PeriodMention.Type.EVENT && lastBeyondParagraph != null && view.inside(p, lastBeyondParagraph);
            if (!sentenceOnly) {
                lastBeyond = p;
                if (p.type() != PeriodMention.Type.NOW && (p.type() != PeriodMention.Type.AS_OF || framing) && !aside && !restates && !note) {
                    lastBeyondParagraph = p;
                }
            }
            if (pp.headingLike() && pp.index() != para.index() && !note && !PeriodShapes.namesItsName(text, p)) {
                heading = p;
            }
            if (pp.headingLike() && pp.numbered(text) && pp.index() != para.index()) {
                sectionHeading = p;
            }
            if (p.start() < sectionStart) {
                continue;
            }
            boolean sameSentence = p.start() >= sentence.start();
            if (!sameSentence && sentenceOnly) {
                continue;
            }
            if ((p.type() == PeriodMention.Type.NOW || p.type() == PeriodMention.Type.AS_OF && !framing || aside || restates || note)
                    && p.start() < view.paragraphGroupStart(para.index())) {
                continue; // (a list's items are in the paragraph they hang from)
            }
            if (p.type() == PeriodMention.Type.RECURRING && best != null && best.start() >= sentence.start()) {
                continue;
            }
            best = p;
        }
        if (best != null && best.start() < para.start() && sectionHeading != null && sectionHeading != best
                && sectionHeading.start() >= sectionStart) {
            return sectionHeading; // the section's own period (一、2022年工作回顾) before another paragraph's
        }
        if (best == null && heading == null && lastBeyondParagraph != null && lastBeyondParagraph.start() < sectionStart) {
            return lastBeyondParagraph; // a section that names no period goes on under the one before it
        }
        return best != null ? best : heading;
    }

    /** The scan of 是上年的2.3倍 that {@link DocumentView#periodEndingBefore} replaced. */
    static PeriodMention naiveMultipleOf(DocumentView view, int qStart) {
        String text = view.text();
        if (qStart < 2 || text.charAt(qStart - 1) != '的') {
            return null;
        }
        for (PeriodMention p : view.periods()) {
            if (p.start() >= qStart) {
                break;
            }
            int i = p.end();
            if (text.startsWith("同期", i)) {
                i += 2;
            }
            if (i + 1 == qStart) {
                return p;
            }
        }
        return null;
    }

    static int naiveSectionStart(DocumentView view, Document.Paragraph para) {
        List<Document.Paragraph> ps = view.document().paragraphs();
        for (int k = para.index(); k >= 0; k--) {
            Document.Paragraph h = ps.get(k);
            if (h.headingLike()) {
                for (RegionContext.Mention m : view.regions().mentions()) {
                    if (m.start() >= h.start() && m.end() <= h.end()
                            && (m.role() == RegionContext.Role.SUBJECT || m.role() == RegionContext.Role.BYLINE)) {
                        return h.start();
                    }
                }
            }
        }
        return 0;
    }

    @Test
    void indexedLookupAgreesWithThePlainScan() {
        Random rnd = new Random(20261123);
        DocumentContext ctx = new DocumentContext(2020, null, "重庆市");
        int checked = 0;
        int multiples = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(120);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            Document doc = PIPELINE.prepare(text);
            RegionContext regions = new AnalysisRegionContext(PIPELINE.regions().analyze(doc, ctx));
            DocumentView view = new DocumentView(doc, PIPELINE.lexicons(), ctx, regions);
            for (Document.Sentence s : doc.sentences()) {
                for (int offset = s.start(); offset <= s.end(); offset++) {
                    assertThat(view.periodBefore(offset, s)).as("offset %d of %s", offset, text)
                            .isEqualTo(naive(view, offset, s));
                    checked++;
                }
            }
            for (int q = 2; q < doc.text().length(); q++) {
                if (doc.text().charAt(q - 1) == '的') {
                    PeriodMention expected = naiveMultipleOf(view, q);
                    PeriodMention got = view.periodEndingBefore(q - 1);
                    assertThat(got).as("multiple at %d of %s", q, text).isEqualTo(expected);
                    multiples += expected != null ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(multiples).as("periods before 的 found").isGreaterThan(10);
    }
}
