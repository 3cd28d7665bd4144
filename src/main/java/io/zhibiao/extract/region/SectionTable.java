package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.text.Document;
import java.util.List;

/**
 * The sections of one document (docs/annotation.md 3.1), paragraph by paragraph: the section in
 * effect at the start and at the end of each paragraph, whether the paragraph opened one or is a
 * byline, and the text that page jumps placed elsewhere ({@link PageJumps}), which belongs to the
 * section of the story it continues. Filled by {@link RegionAnalysis}'s forward pass, then read.
 */
final class SectionTable {
    /** The section in effect at the start of each paragraph: entry (may be null) and region (may be null). */
    private final GazetteerEntry[] startEntry;
    private final Region[] startRegion;
    /** The section in effect at the end of each paragraph, and whether the paragraph opened one. */
    private final GazetteerEntry[] endEntry;
    private final Region[] endRegion;
    final boolean[] opened;
    final boolean[] byline;
    /** Text placed by page jumps, in text order. */
    private List<PageJumps.Block> blocks = List.of();

    SectionTable(int paragraphs) {
        this.startEntry = new GazetteerEntry[paragraphs];
        this.startRegion = new Region[paragraphs];
        this.endEntry = new GazetteerEntry[paragraphs];
        this.endRegion = new Region[paragraphs];
        this.opened = new boolean[paragraphs];
        this.byline = new boolean[paragraphs];
    }

    void atStart(int paragraph, GazetteerEntry entry, Region region) {
        startEntry[paragraph] = entry;
        startRegion[paragraph] = region;
    }

    void atEnd(int paragraph, GazetteerEntry entry, Region region) {
        endEntry[paragraph] = entry;
        endRegion[paragraph] = region;
    }

    void pageJumps(List<PageJumps.Block> found) {
        this.blocks = found;
    }

    /** The page-jump block containing {@code offset}, or null. */
    PageJumps.Block blockAt(int offset) {
        PageJumps.Block found = null;
        for (PageJumps.Block b : blocks) {
            if (b.start() > offset) {
                break;
            }
            if (offset < b.end()) {
                found = b;
            }
        }
        return found;
    }

    GazetteerEntry entryAt(int offset, Document.Paragraph p) {
        PageJumps.Block b = blockAt(offset);
        if (b == null) {
            return startEntry[p.index()];
        }
        return b.fromStart() ? startEntry[b.from()] : endEntry[b.from()];
    }

    Region regionAt(int offset, Document.Paragraph p) {
        PageJumps.Block b = blockAt(offset);
        if (b == null) {
            return startRegion[p.index()];
        }
        return b.fromStart() ? startRegion[b.from()] : endRegion[b.from()];
    }

    /** Where the text about the same story as {@code offset} starts in its paragraph. */
    int storyStart(int offset, Document.Paragraph p) {
        PageJumps.Block b = blockAt(offset);
        return b != null && b.start() > p.start() ? b.start() : p.start();
    }

    /** The region of the section in effect at the start of paragraph {@code index}, or null. */
    Region startRegion(int paragraph) {
        return startRegion[paragraph];
    }

    /** For an offset inside text placed by a page jump, the paragraph where its story broke off; -1 otherwise. */
    int continuationOf(int offset) {
        PageJumps.Block b = blockAt(offset);
        return b == null ? -1 : b.from();
    }
}
