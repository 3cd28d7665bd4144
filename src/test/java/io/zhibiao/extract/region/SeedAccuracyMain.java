package io.zhibiao.extract.region;

/** Debugging aid: prints the seed region accuracy and disagreements (same as the test, without JUnit). */
final class SeedAccuracyMain {
    private SeedAccuracyMain() {
    }

    public static void main(String[] args) throws Exception {
        new SeedRegionAccuracyTest().regionAccuracyOnTheSeeds();
    }
}
