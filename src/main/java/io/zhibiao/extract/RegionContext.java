package io.zhibiao.extract;

import io.zhibiao.Region;
import java.util.List;

/**
 * What the record assembler needs to know about the regions of one document: where they are
 * named, in which role, and which region a figure at an offset is about.
 */
public interface RegionContext {

    /** The role a region mention plays where it stands. */
    enum Role {
        /** Names the region facts are about. */
        SUBJECT,
        /** The other region of a comparison or share (高于全市, 占全市). */
        COMPARISON,
        /** A ranking area (全市第一). */
        SCOPE,
        /** Inside an organisation, project or place name that is not the region itself. */
        NAME_PART,
        /** A reporter's unit line ending a section. */
        BYLINE,
        /** Named in passing: a partner, an origin, an item of a counted list. */
        OTHER
    }

    /** A region named in the text. Offsets into the normalized text. */
    record Mention(int start, int end, String surface, Region region, Role role) {
    }

    /** Region mentions in text order. */
    List<Mention> mentions();

    /** The subject region for a figure at {@code offset}, or null. */
    Region regionAt(int offset);

    /** A reference word (全市, 全国, 全区 …) as the region it means at {@code offset}, or null. */
    Region resolveReference(String word, int offset);

    /** The document's own place (the context's default region), or null. */
    default Region documentRegion() {
        return null;
    }
}
