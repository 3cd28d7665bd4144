package io.zhibiao.extract.region;

import io.zhibiao.Region;
import java.util.List;

/**
 * The role rules that run after the mentions are resolved ({@link RegionAnalyzer}): they read what
 * a mention turned out to be (a country, another place than the sentence's subject) and take the
 * subject role from mentions named in passing. The rules that read only the text are {@link RoleRules}.
 */
final class Demotions {
    private Demotions() {
    }

    /**
     * Inside a sentence that has already named its subject at the start of a clause, a region in the
     * middle of a later clause is an object or a designation (朝阳区将围绕建设长春现代服务业核心区的目标…),
     * not a new subject; unless a figure follows it right away.
     */
    static void demoteAfterSubject(List<Mention> mentions) {
        Mention subject = null;
        for (Mention m : mentions) {
            if (subject != null && subject.sentence != m.sentence) {
                subject = null;
            }
            if (m.role != Role.SUBJECT) {
                continue;
            }
            if (m.clauseStart) {
                if (subject == null) {
                    subject = m;
                }
            } else if (subject != null && !m.beforeFigure && !m.focus && m.coordinatedWith == null && m.region != null
                    && !m.region.equals(subject.region) && !m.isWord()) {
                m.role = Role.OTHER;
            }
        }
    }

    /**
     * The rule that depends on what the mention resolved to, applied after resolution: a country,
     * province or group (or a reference word) inside a clause and not followed by a figure is named in
     * passing (创建全国乡村旅游重点村3个, 作为重庆传统的…), not the subject.
     */
    static void demoteInPassing(Mention m) {
        if (m.role != Role.SUBJECT || m.clauseStart || m.beforeFigure || m.focus || m.coordinatedWith != null) {
            return;
        }
        if (m.isWord()) {
            m.role = Role.OTHER;
            return;
        }
        Region.Level l = m.region == null ? null : m.region.level();
        if (l == Region.Level.COUNTRY || l == Region.Level.PROVINCE || l == Region.Level.GROUP) {
            m.role = Role.OTHER;
        }
    }
}
