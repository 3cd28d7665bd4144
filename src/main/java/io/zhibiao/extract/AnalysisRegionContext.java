package io.zhibiao.extract;

import io.zhibiao.Region;
import io.zhibiao.extract.region.RegionAnalysis;
import io.zhibiao.extract.region.RegionMention;
import java.util.ArrayList;
import java.util.List;

/** The region analysis of a document, as the record assembler sees it. */
final class AnalysisRegionContext implements RegionContext {
    private final RegionAnalysis analysis;
    private final List<Mention> mentions;

    AnalysisRegionContext(RegionAnalysis analysis) {
        this.analysis = analysis;
        List<Mention> ms = new ArrayList<>();
        for (RegionMention m : analysis.mentions()) {
            ms.add(new Mention(m.start(), m.end(), m.surface(), m.region(), role(m.role())));
        }
        this.mentions = List.copyOf(ms);
    }

    private static Role role(io.zhibiao.extract.region.Role r) {
        return switch (r) {
            case SUBJECT -> Role.SUBJECT;
            case COMPARISON -> Role.COMPARISON;
            case SCOPE -> Role.SCOPE;
            case BYLINE -> Role.BYLINE;
            case NAME_PART -> Role.NAME_PART;
            case OTHER -> Role.OTHER;
        };
    }

    @Override
    public List<Mention> mentions() {
        return mentions;
    }

    @Override
    public Region regionAt(int offset) {
        return analysis.regionAt(offset);
    }

    @Override
    public Region resolveReference(String word, int offset) {
        return analysis.resolveReference(word, offset);
    }

    @Override
    public Region documentRegion() {
        return analysis.defaultRegion();
    }
}
