package io.zhibiao.reliability;

import java.util.function.ToLongFunction;

/**
 * How much longer a 10× input takes: both sizes warmed up once, then interleaved runs, best time of
 * each size; measured again (up to three times) while the ratio is not under the limit, so that one
 * noisy run on a shared machine does not fail a linear-time test.
 */
public record TimeRatio(long smallNanos, long largeNanos, double ratio) {

    public static TimeRatio measure(String small, String large, int runs, double maxRatio, ToLongFunction<String> timeOnce) {
        timeOnce.applyAsLong(small); // warm up
        timeOnce.applyAsLong(large);
        double ratio = Double.MAX_VALUE;
        long tSmall = Long.MAX_VALUE;
        long tLarge = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && ratio >= maxRatio; attempt++) {
            for (int run = 0; run < runs; run++) {
                tSmall = Math.min(tSmall, timeOnce.applyAsLong(small));
                tSmall = Math.min(tSmall, timeOnce.applyAsLong(small));
                tLarge = Math.min(tLarge, timeOnce.applyAsLong(large));
            }
            ratio = (double) tLarge / tSmall;
        }
        return new TimeRatio(tSmall, tLarge, ratio);
    }
}
