package io.zhibiao.extract;

import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The cue words of {@code zhibiao/extract/cues.tsv}, as a trie. Immutable, thread-safe. */
public final class CueLexicon {
    public static final String RESOURCE = "zhibiao/extract/cues.tsv";

    private final List<TsvReader.Row> rows;
    private final PhraseTrie<Cue> trie;

    private CueLexicon(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        PhraseTrie.Builder<Cue> b = PhraseTrie.builder();
        for (TsvReader.Row r : rows) {
            String word = r.require("word");
            Cue cue;
            try {
                cue = Cue.valueOf(r.require("cue").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown cue '" + r.get("cue") + "'");
            }
            b.add(word, cue);
        }
        this.trie = b.build();
    }

    public static CueLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final CueLexicon DEFAULTS = new CueLexicon(TsvReader.readResource(RESOURCE));
    }

    /** This lexicon plus a user file with the same columns (later lines win). */
    public CueLexicon withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new CueLexicon(all);
    }

    public PhraseTrie<Cue> trie() {
        return trie;
    }

    /** The longest cue at {@code pos}, or null. */
    public PhraseTrie.Match<Cue> at(CharSequence text, int pos, int limit) {
        return trie.longestAt(text, pos, limit);
    }

    /** Leftmost-longest cues in [from, to). */
    public List<PhraseTrie.Match<Cue>> findAll(CharSequence text, int from, int to) {
        return trie.findAll(text, from, to);
    }
}
