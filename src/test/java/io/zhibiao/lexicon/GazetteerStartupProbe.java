package io.zhibiao.lexicon;

import io.zhibiao.DocumentContext;
import io.zhibiao.extract.region.RegionAnalysis;
import io.zhibiao.extract.region.RegionAnalyzer;
import io.zhibiao.text.Document;
import io.zhibiao.text.NormalizedText;
import java.lang.management.ManagementFactory;

/**
 * Measures start-up: JVM start → gazetteer loaded → first lookup → first region analysis. Run in a
 * fresh JVM: {@code java -cp target/classes:target/test-classes io.zhibiao.lexicon.GazetteerStartupProbe}.
 */
public final class GazetteerStartupProbe {
    private GazetteerStartupProbe() {
    }

    public static void main(String[] args) {
        long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.defaults();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        int n = g.lookup("江北区").size();
        long t2 = System.nanoTime();
        long firstLookupUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        RegionAnalysis a = new RegionAnalyzer(g).analyze(
                new Document(NormalizedText.identity("上半年，江北区完成地区生产总值617.4亿元，高于全市1.2个百分点。"), null),
                DocumentContext.ofYear(2020).withDefaultRegion("重庆市"));
        String r = a.regionAt(15).name();
        long t3 = System.nanoTime();
        long c3 = cpu.getCurrentThreadCpuTime();
        System.out.printf("cpu: gazetteer load %.1f ms, load+lookup+analysis %.1f ms | wall: ", (c1 - c0) / 1e6,
                (c3 - c0) / 1e6);
        System.out.printf("jvm->main %d ms; gazetteer load %.1f ms; first lookup %.2f ms (%d entries); "
                        + "jvm->first lookup %d ms; first analysis %.1f ms (%s); jvm->first analysis %d ms%n",
                atMain, (t1 - t0) / 1e6, (t2 - t1) / 1e6, n, firstLookupUptime, (t3 - t2) / 1e6, r,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
