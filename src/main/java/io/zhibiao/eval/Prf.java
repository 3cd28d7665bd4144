package io.zhibiao.eval;

/**
 * Precision, recall and F1 from counts.
 *
 * <p>Empty denominators: with no predictions, precision is 1 when there was nothing to find
 * ({@code fn == 0}) and 0 otherwise; with nothing to find, recall is 1 when nothing was predicted
 * ({@code fp == 0}) and 0 otherwise. So a document with no gold and no predictions scores 1/1/1,
 * one with no gold but predictions 0/0/0. F1 is 0 when precision and recall are both 0.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Prf(int tp, int fp, int fn) {
    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
