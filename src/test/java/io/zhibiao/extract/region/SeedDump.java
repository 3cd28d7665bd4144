package io.zhibiao.extract.region;

import io.zhibiao.DocumentContext;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: prints a seed's paragraphs with their section region and mentions. */
final class SeedDump {
    private SeedDump() {
    }

    public static void main(String[] args) throws Exception {
        String raw = Files.readString(Path.of(args[0]));
        Document doc = SeedText.document(raw);
        DocumentContext ctx = new DocumentContext(args[1].equals("-") ? null : Integer.valueOf(args[1]), null, args.length > 2 ? args[2] : null);
        RegionAnalysis a = new RegionAnalyzer(Gazetteer.defaults()).analyze(doc, ctx);
        for (Document.Paragraph p : doc.paragraphs()) {
            System.out.println("[" + p.index() + (p.headingLike() ? " H" : "") + "] " + (a.continuationOf(p.end() - 1) >= 0 ? "CONT<" + a.continuationOf(p.end() - 1) + " " : "") + "section=" + (a.sectionRegion(p.index()) == null ? "-" : a.sectionRegion(p.index()).name())
                    + " | " + doc.text().substring(p.start(), Math.min(p.end(), p.start() + 60)));
            for (RegionMention m : a.mentions()) {
                if (m.start() >= p.start() && m.start() < p.end()) {
                    System.out.println("      " + m.surface() + "@" + m.start() + " " + m.role() + " -> " + (m.region() == null ? "null" : m.region().name()) + "/" + (m.region() == null ? "" : m.region().code() + "/" + m.region().level()));
                }
            }
        }
    }
}
