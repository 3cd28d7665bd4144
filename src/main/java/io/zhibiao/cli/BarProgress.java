package io.zhibiao.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The terminal progress bar (me.tongfei:progressbar): MB (KB under 64 MB) read, their rate and ETA, documents and docs/s. */
final class BarProgress implements Progress {
    private static final long MB = 1 << 20;
    private static final long KB = 1 << 10;
    private final ProgressBar bar;
    private final long start = System.nanoTime();

    BarProgress(long totalBytes) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("zhibiao")
                .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                .setUnit(totalBytes >= 64 * MB ? " MB" : " KB", totalBytes >= 64 * MB ? MB : KB)
                .showSpeed(new java.text.DecimalFormat("0.00"))
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(500)
                .continuousUpdate()
                .build();
    }

    @Override
    public synchronized void update(long bytes, long docs, long failed) {
        bar.stepTo(bytes);
        double s = (System.nanoTime() - start) / 1e9;
        String rate = s > 0 ? String.format(java.util.Locale.ROOT, "%.1f", docs / s) : "-";
        bar.setExtraMessage(" " + docs + " docs " + rate + " docs/s" + (failed > 0 ? " " + failed + " failed" : ""));
    }

    @Override
    public synchronized void close() {
        bar.close();
    }
}
