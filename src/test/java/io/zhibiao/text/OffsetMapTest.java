package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetMap m = OffsetMap.identity(5);
        for (int i = 0; i <= 5; i++) {
            assertThat(m.toSourceStart(i)).isEqualTo(i);
            assertThat(m.toSourceEnd(i)).isEqualTo(i);
        }
        assertThat(m.segmentCount()).isEqualTo(1);
    }

    @Test
    void emptyIdentity() {
        OffsetMap m = OffsetMap.identity(0);
        assertThat(m.toSourceStart(0)).isZero();
        assertThat(m.toSourceEnd(0)).isZero();
        assertThat(m.toSource(0, 0)).containsExactly(0, 0);
    }

    @Test
    void deletionsAndAGroupReplacement() {
        // source "ab\n\ncd" -> output "abcd" (the two newlines deleted), then "cd" -> "X"
        OffsetMap.Builder b = new OffsetMap.Builder(6);
        b.copy(0, 2).replace(2, 4, 0).replace(4, 6, 1);
        OffsetMap m = b.build();
        assertThat(m.outputLength()).isEqualTo(3);
        assertThat(m.toSourceStart(0)).isEqualTo(0);
        assertThat(m.toSourceStart(2)).isEqualTo(4);
        assertThat(m.toSourceEnd(2)).isEqualTo(2);
        assertThat(m.toSourceEnd(3)).isEqualTo(6);
        // a range across the deleted newlines includes them
        assertThat(m.toSource(1, 3)).containsExactly(1, 6);
        assertThat(m.toSource(3, 3)).containsExactly(6, 6);
    }

    @Test
    void equalLengthRewritesStayOneToOneAndCostNoSegment() {
        OffsetMap.Builder b = new OffsetMap.Builder(4);
        b.replace(0, 1, 1).copy(1, 2).replace(2, 4, 2);
        OffsetMap m = b.build();
        assertThat(m.segmentCount()).isEqualTo(1);
        for (int i = 0; i <= 4; i++) {
            assertThat(m.toSourceStart(i)).isEqualTo(i);
        }
    }

    @Test
    void insertionMapsToAnEmptySourceRange() {
        OffsetMap.Builder b = new OffsetMap.Builder(2);
        b.copy(0, 1).replace(1, 1, 2).copy(1, 2);
        OffsetMap m = b.build();
        assertThat(m.outputLength()).isEqualTo(4);
        assertThat(m.toSource(1, 3)).containsExactly(1, 1);
        assertThat(m.toSource(0, 4)).containsExactly(0, 2);
    }

    @Test
    void builderRejectsBadRuns() {
        OffsetMap.Builder b = new OffsetMap.Builder(3);
        b.copy(0, 2);
        assertThatThrownBy(() -> b.copy(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.copy(2, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.replace(3, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.replace(2, 3, -1)).isInstanceOf(IllegalArgumentException.class);
        // a rejected call leaves the builder usable
        b.copy(2, 3);
        assertThat(b.build().outputLength()).isEqualTo(3);
    }

    @Test
    void buildIsASnapshot() {
        OffsetMap.Builder b = new OffsetMap.Builder(4);
        b.copy(0, 2);
        OffsetMap first = b.build();
        b.replace(2, 4, 1);
        assertThat(first.outputLength()).isEqualTo(2);
        assertThat(first.toSourceEnd(2)).isEqualTo(2);
    }

    @Test
    void offsetsOutsideTheOutputAreRejected() {
        OffsetMap m = OffsetMap.identity(3);
        assertThatThrownBy(() -> m.toSourceStart(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> m.toSourceEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> m.toSource(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void andThenChecksThatTheMapsChain() {
        OffsetMap a = OffsetMap.identity(3);
        OffsetMap b = OffsetMap.identity(4);
        assertThatThrownBy(() -> a.andThen(b)).isInstanceOf(IllegalArgumentException.class);
        OffsetMap c = OffsetMap.identity(3);
        OffsetMap ac = a.andThen(c);
        // a chain whose first source does not fit is rejected too
        assertThatThrownBy(() -> b.andThen(ac)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ac.sourceLength()).isEqualTo(3);
    }

    // ---- random maps against a naive model --------------------------------------------------

    /** A naive map: for every output char, its source run. */
    private record Naive(int srcLength, int[] starts, int[] ends) {
        int start(int offset) {
            return offset == starts.length ? srcLength : starts[offset];
        }

        int end(int offset) {
            return offset == 0 ? 0 : ends[offset - 1];
        }

        Naive then(Naive next) {
            int m = next.starts.length;
            int[] s = new int[m];
            int[] e = new int[m];
            for (int j = 0; j < m; j++) {
                s[j] = start(next.starts[j]);
                e[j] = end(next.ends[j]);
            }
            return new Naive(srcLength, s, e);
        }
    }

    /** Random edits of a source of length {@code n}, applied to a builder and to the naive model at once. */
    private static Object[] randomMap(Random rnd, int n) {
        OffsetMap.Builder b = new OffsetMap.Builder(n);
        List<int[]> chars = new ArrayList<>();
        int pos = 0;
        while (pos < n || rnd.nextInt(6) == 0) {
            int op = rnd.nextInt(5);
            int len = Math.min(n - pos, rnd.nextInt(4));
            if (op == 0 || op == 1) { // copy
                b.copy(pos, pos + len);
                for (int i = pos; i < pos + len; i++) {
                    chars.add(new int[] {i, i + 1});
                }
            } else if (op == 2) { // delete
                b.replace(pos, pos + len, 0);
            } else { // rewrite to k chars
                int k = rnd.nextInt(4);
                b.replace(pos, pos + len, k);
                for (int i = 0; i < k; i++) {
                    chars.add(k == len ? new int[] {pos + i, pos + i + 1} : new int[] {pos, pos + len});
                }
            }
            pos += len;
            if (pos == n && rnd.nextInt(3) == 0) {
                break;
            }
        }
        int[] s = new int[chars.size()];
        int[] e = new int[chars.size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = chars.get(j)[0];
            e[j] = chars.get(j)[1];
        }
        return new Object[] {b.build(), new Naive(n, s, e)};
    }

    private static void assertSame(OffsetMap m, Naive naive) {
        int out = naive.starts.length;
        assertThat(m.outputLength()).isEqualTo(out);
        assertThat(m.sourceLength()).isEqualTo(naive.srcLength);
        int prevStart = 0;
        int prevEnd = 0;
        for (int j = 0; j <= out; j++) {
            int s = m.toSourceStart(j);
            int e = m.toSourceEnd(j);
            assertThat(s).as("start %d", j).isEqualTo(naive.start(j));
            assertThat(e).as("end %d", j).isEqualTo(naive.end(j));
            assertThat(s).isBetween(prevStart, naive.srcLength);
            assertThat(e).isBetween(prevEnd, naive.srcLength);
            prevStart = s;
            prevEnd = e;
        }
    }

    /** firstOutputFrom is the search over toSourceStart it replaces (NormalizedText.fromOriginal). */
    private static void assertInverse(OffsetMap m) {
        for (int o = 0; o <= m.sourceLength() + 1; o++) {
            int lo = 0;
            int hi = m.outputLength();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (m.toSourceStart(mid) >= o) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            assertThat(m.firstOutputFrom(o)).as("first output from %d of %s", o, m).isEqualTo(lo);
        }
    }

    @Test
    void randomMapsAgreeWithTheNaiveModel() {
        Random rnd = new Random(20261123);
        for (int round = 0; round < 5000; round++) {
            Object[] r = randomMap(rnd, rnd.nextInt(40));
            assertSame((OffsetMap) r[0], (Naive) r[1]);
            assertInverse((OffsetMap) r[0]);
        }
    }

    @Test
    void randomChainsAgreeWithComposedNaiveModels() {
        Random rnd = new Random(7);
        for (int round = 0; round < 3000; round++) {
            Object[] r = randomMap(rnd, rnd.nextInt(30));
            OffsetMap map = (OffsetMap) r[0];
            Naive naive = (Naive) r[1];
            int links = 1 + rnd.nextInt(4);
            for (int i = 0; i < links; i++) {
                Object[] next = randomMap(rnd, map.outputLength());
                map = map.andThen((OffsetMap) next[0]);
                naive = naive.then((Naive) next[1]);
            }
            assertSame(map, naive);
            assertInverse(map);
            // ranges never invert and stay inside the first source
            for (int a = 0; a <= map.outputLength(); a++) {
                for (int b = a; b <= map.outputLength(); b++) {
                    int[] span = map.toSource(a, b);
                    assertThat(span[0]).isBetween(0, span[1]);
                    assertThat(span[1]).isLessThanOrEqualTo(map.sourceLength());
                }
            }
        }
    }
}
