package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.RegionWords;
import java.util.List;

/** A mention while it is being analyzed (mutable, one analysis only). */
final class Mention {
    int start;
    int end;
    String surface;
    /** Candidate places (empty for a reference word). */
    List<GazetteerEntry> candidates;
    /** The reference word, or null. */
    final RegionWords.Word word;
    /** Where the words after the mention start (after a consumed zone word: 璧山|高新区|…). */
    int cueEnd;
    /** The qualifier merged in front (宁波 of 宁波江北区), or null. */
    String qualifier;

    int paragraph;
    int sentence;
    boolean clauseStart;
    /** The match starts or ends inside one of the segmenter's words (阿里 of 阿里巴巴). */
    boolean crossesWord;
    /** A bare name the language uses as an ordinary word (资源, 新建): a place only beside its own places. */
    boolean ordinaryWord;
    /** After a focus cue (排名第二的是|绵阳): the subject of the figure around it. */
    boolean focus;
    /** A figure follows right after (重庆市18个深度贫困乡镇). */
    boolean beforeFigure;
    Role role = Role.SUBJECT;
    /** The mention before it in a list of subjects (江北区、渝北区…分别…), or null. */
    Mention coordinatedWith;

    /** The resolved place, or null (ambiguous, unresolved reference, or no gazetteer entry). */
    GazetteerEntry entry;
    Region region;

    Mention(int start, int end, String surface, List<GazetteerEntry> candidates, RegionWords.Word word) {
        this.start = start;
        this.end = end;
        this.surface = surface;
        this.candidates = candidates;
        this.word = word;
        this.cueEnd = end;
    }

    /** True for a reference word (a mention with no candidate places). */
    boolean isWord() {
        return word != null && candidates.isEmpty();
    }

    /**
     * True when the mention names no known place: a reference word that nothing resolves (全市 in a
     * document that never says which city), or a name the context could not decide between places of
     * different names (朝阳: 朝阳市, 朝阳区, 朝阳县). Such a subject gives a figure no region (null),
     * never the words themselves.
     */
    boolean unresolved() {
        return region != null && region.code() == null && region.level() == Region.Level.UNKNOWN;
    }

    RegionMention toPublic() {
        return new RegionMention(start, end, surface, unresolved() ? null : region, role, word != null);
    }

    @Override
    public String toString() {
        return surface + "@" + start + " " + role + " " + (region == null ? "-" : region.name() + "/" + region.code());
    }
}
