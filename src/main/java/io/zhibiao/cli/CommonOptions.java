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

    /**
     * A builder with these options.
     *
     * @throws UsageException for a year out of range or a blank region (one line naming the value)
     */
    IndicatorExtractor.Builder builder() {
        IndicatorExtractor.Builder b = IndicatorExtractor.builder();
        try {
            if (year != null) {
                b.documentYear(year);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--year: " + e.getMessage());
        }
        try {
            if (region != null) {
                b.defaultRegion(region);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--region: " + e.getMessage());
        }
        lexicons.forEach(b::lexicon);
        return b;
    }

    /**
     * The extractor of these options.
     *
     * @throws UsageException for a bad --year or a --region the gazetteer (and the --lexicon files) do not know
     */
    IndicatorExtractor extractor() {
        return build(builder());
    }

    /** Builds {@code b} (these options and more); a --region the gazetteer does not know is a usage error. */
    IndicatorExtractor build(IndicatorExtractor.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--region: " + e.getMessage());
        }
    }
}
