package io.zhibiao.lexicon;

import io.zhibiao.lexicon.MetricTaxonomy.Alias;
import io.zhibiao.lexicon.MetricTaxonomy.Modifier;
import io.zhibiao.text.Normalizers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three tries a {@link MetricResolver} looks phrases up in, keyed by folded form: the heads (every
 * name and alias, with their readings), the breakdown words and the metric words. Built from a
 * taxonomy, or read from the lexicon snapshot with the shipped taxonomy ({@link MetricSnapshot}).
 */
record ResolverTries(PhraseTrie<List<Alias>> heads, PhraseTrie<List<Modifier>> modifierWords, PhraseTrie<String> words) {

    /** The tries of {@code taxonomy}, every key folded as {@link MetricResolver#fold} folds a phrase. */
    static ResolverTries build(MetricTaxonomy taxonomy) {
        PhraseTrie.Builder<List<Alias>> hb = PhraseTrie.builder();
        Map<String, List<Alias>> folded = new LinkedHashMap<>();
        taxonomy.aliases().forEach((surface, list) -> {
            String f = fold(taxonomy, surface);
            List<Alias> l = folded.computeIfAbsent(f, k -> new ArrayList<>());
            for (Alias a : list) {
                l.removeIf(x -> x.id().equals(a.id()));
                l.add(a);
            }
        });
        folded.forEach((f, l) -> hb.add(f, List.copyOf(l)));
        PhraseTrie.Builder<List<Modifier>> mb = PhraseTrie.builder();
        taxonomy.modifiers().forEach((w, l) -> mb.add(fold(taxonomy, w), List.copyOf(l)));
        PhraseTrie.Builder<String> wb = PhraseTrie.builder();
        taxonomy.words().forEach((w, c) -> wb.add(fold(taxonomy, w), c));
        return new ResolverTries(hb.build(), mb.build(), wb.build());
    }

    /** Script and width folded, spaces removed, abbreviations expanded (no cache). */
    static String fold(MetricTaxonomy taxonomy, String phrase) {
        String s = MetricResolver.plain(phrase) ? phrase : Normalizers.standard().normalize(phrase).text();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return taxonomy.fold(sb.toString());
    }
}
