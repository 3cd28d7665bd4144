package io.zhibiao.cli;

import io.zhibiao.IndicatorExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the extractor. */
public final class CommonOptions {
    @Option(names = "--year", paramLabel = "N", description = "Publication year of the documents.")
    Integer year;

    @Option(names = "--region", paramLabel = "NAME", description = "Default region (the publisher's), e.g. 重庆市.")
    String region;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon file (units, metrics, regions …); repeatable.")
    List<Path> lexicons = new ArrayList<>();

    IndicatorExtractor.Builder builder() {
        IndicatorExtractor.Builder b = IndicatorExtractor.builder();
        if (year != null) {
            b.documentYear(year);
        }
        if (region != null) {
            b.defaultRegion(region);
        }
        lexicons.forEach(b::lexicon);
        return b;
    }
}
