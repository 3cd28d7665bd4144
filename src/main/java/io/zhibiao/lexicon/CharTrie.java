package io.zhibiao.lexicon;


/**
 * A char trie packed into flat arrays: a transition is one probe of an open-addressing table keyed
 * by (node, char), so walking a text costs no substring, no boxing and no allocation. Each key
 * added gets a value index (0, 1, … in order of first addition) stored at its last node. Keys can
 * be added reversed, so that a walk from a position backwards finds the words ending there.
 * Immutable once built; thread-safe.
 *
 * <p>This is the mechanism behind every "which lexicon entry starts (or ends) here" lookup:
 * {@link PhraseTrie}, {@link Gazetteer#matchesAt}, {@link RegionWords}' cues and the number
 * layer's word tables.
 */
public final class CharTrie {
    /** The root node: walks start here. */
    public static final int ROOT = 0;
    /** Returned by {@link #next} when there is no transition. */
    public static final int NONE = -1;

    // one slot per transition: ((node << 16 | char) + 1) << 24 | terminal << 23 | target; 0 = empty.
    // Key and target in one long: a probe reads one array (one cache line), and a walk reads the
    // values only at nodes where a key ends
    private final long[] table;
    private final int mask;
    private final int[] values;     // per node: value index, or -1
    private final long[] firstChars; // bit set of the chars a key starts with
    private final int keyCount;
    private final int maxLength;

    /** The most nodes a trie may have (23 bits of a slot). */
    static final int MAX_NODES = 1 << 23;
    private static final int TARGET_BITS = 24;
    private static final int TERMINAL = 1 << 23;
    private static final int NODE = TERMINAL - 1;

    private CharTrie(long[] table, int[] values, long[] firstChars, int keyCount, int maxLength) {
        this.table = table;
        this.mask = table.length - 1;
        this.values = values;
        this.firstChars = firstChars;
        this.keyCount = keyCount;
        this.maxLength = maxLength;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes this trie for {@link #read} (the lexicon snapshot: {@link GazetteerSnapshot}). */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        int used = 0;
        for (long slot : table) {
            used += slot == 0 ? 0 : 1;
        }
        out.writeInt(table.length);
        out.writeInt(used);
        for (int i = 0; i < table.length; i++) {
            if (table[i] != 0) {
                out.writeInt(i);
            }
        }
        for (long slot : table) {
            if (slot != 0) {
                out.writeLong(slot);
            }
        }
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
        for (long f : firstChars) {
            out.writeLong(f);
        }
        out.writeInt(keyCount);
        out.writeInt(maxLength);
    }

    /** The trie {@link #write} wrote, read from {@code in} at its position. */
    static CharTrie read(java.nio.ByteBuffer in) {
        long[] table = new long[in.getInt()];
        int used = in.getInt();
        int[] at = GazetteerSnapshot.ints(in, used); // the used slots, then their contents: two bulk reads
        long[] slots = GazetteerSnapshot.longs(in, used);
        for (int i = 0; i < used; i++) {
            table[at[i]] = slots[i];
        }
        int[] values = GazetteerSnapshot.ints(in, in.getInt());
        long[] first = new long[1024];
        in.asLongBuffer().get(first);
        in.position(in.position() + first.length * 8);
        int keyCount = in.getInt();
        int maxLength = in.getInt();
        return new CharTrie(table, values, first, keyCount, maxLength);
    }

    /** Number of distinct keys (and value indexes). */
    public int size() {
        return keyCount;
    }

    /** The length of the longest key. */
    public int maxLength() {
        return maxLength;
    }

    /** True when some key starts with {@code c} (for a reversed trie: ends with it). */
    public boolean startsWith(char c) {
        return (firstChars[c >>> 6] & (1L << c)) != 0;
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int next(int node, char c) {
        int s = step(node, c);
        return s < 0 ? NONE : s & NODE;
    }

    /**
     * The node reached from {@code node} by {@code c} with {@link #TERMINAL} set when a key ends
     * there, or -1.
     */
    private int step(int node, char c) {
        if (node == ROOT && (firstChars[c >>> 6] & (1L << c)) == 0) {
            return -1;
        }
        return probe(node, c);
    }

    /** The transition from {@code node} by {@code c} in the table: its state, or -1. */
    private int probe(int node, char c) {
        long k = ((long) node << 16 | c) + 1;
        int h = hash(k) & mask;
        while (true) {
            long slot = table[h];
            if (slot >>> TARGET_BITS == k) {
                return (int) slot & (TERMINAL | NODE);
            }
            if (slot == 0) {
                return -1;
            }
            h = (h + 1) & mask;
        }
    }

    /**
     * One step of a walk that also tells where keys end: from the node of {@code state} (a state
     * from an earlier step, or {@link #ROOT}) by {@code c}, a new state, or -1 when there is no
     * transition. {@link #node} and {@link #endsKey} read a state.
     */
    public int walk(int state, char c) {
        return step(state & NODE, c);
    }

    /** The node of a state from {@link #walk}. */
    public static int node(int state) {
        return state & NODE;
    }

    /** True when a key ends at the node of a state from {@link #walk}. */
    public static boolean endsKey(int state) {
        return (state & TERMINAL) != 0;
    }

    /** The value index of the key ending at {@code node}, or -1 when no key ends there. */
    public int value(int node) {
        return values[node];
    }

    /**
     * The longest key starting at {@code pos} and ending at or before {@code limit}: its end in the
     * high 32 bits and its value index in the low 32 bits, or -1 when none.
     */
    public long longestAt(CharSequence text, int pos, int limit) {
        long best = -1;
        int n = ROOT;
        for (int i = pos; i < limit; i++) {
            int s = step(n, text.charAt(i));
            if (s < 0) {
                break;
            }
            n = s & NODE;
            if ((s & TERMINAL) != 0) {
                best = (long) (i + 1) << 32 | values[n];
            }
        }
        return best;
    }

    /**
     * For a trie of reversed keys: the longest key ending at {@code end} and starting at or after
     * {@code floor}: its start in the high 32 bits and its value index in the low 32 bits, or -1.
     */
    public long longestEndingAt(CharSequence text, int end, int floor) {
        long best = -1;
        int n = ROOT;
        for (int i = end - 1; i >= floor; i--) {
            int s = step(n, text.charAt(i));
            if (s < 0) {
                break;
            }
            n = s & NODE;
            if ((s & TERMINAL) != 0) {
                best = (long) i << 32 | values[n];
            }
        }
        return best;
    }

    /** The value index of exactly {@code text[start, end)}, or -1. */
    public int exact(CharSequence text, int start, int end) {
        int n = ROOT;
        for (int i = start; i < end; i++) {
            int s = step(n, text.charAt(i));
            if (s < 0) {
                return -1;
            }
            n = s & NODE;
        }
        return values[n];
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Collects keys straight into the open-addressing table (grown as needed); build() freezes it. */
    public static final class Builder {
        private long[] keys = new long[64];
        private int[] targets = new int[64];
        private int edges;
        private int[] nodeValues = new int[] {-1, 0, 0, 0, 0, 0, 0, 0};
        private int nodes = 1;
        private final long[] first = new long[1024];
        private int keyCount;
        private int maxLength;

        /** Adds {@code key} (forward) and returns its value index (the earlier one if added before). */
        public int add(CharSequence key) {
            return add(key, false);
        }

        /** Adds {@code key}, reversed when asked, and returns its value index. */
        public int add(CharSequence key, boolean reversed) {
            if (key.length() == 0) {
                throw new IllegalArgumentException("empty key");
            }
            int n = ROOT;
            int len = key.length();
            for (int i = 0; i < len; i++) {
                char c = key.charAt(reversed ? len - 1 - i : i);
                if (n == ROOT) {
                    first[c >>> 6] |= 1L << c;
                }
                n = step(n, c);
            }
            int v = nodeValues[n];
            if (v < 0) {
                v = keyCount++;
                nodeValues[n] = v;
                maxLength = Math.max(maxLength, len);
            }
            return v;
        }

        /** The child of {@code node} by {@code c}, made if missing. */
        private int step(int node, char c) {
            long k = ((long) node << 16 | c) + 1;
            int m = keys.length - 1;
            int h = hash(k) & m;
            while (keys[h] != 0) {
                if (keys[h] == k) {
                    return targets[h];
                }
                h = (h + 1) & m;
            }
            if (nodes == MAX_NODES) {
                throw new IllegalStateException("a char trie holds at most " + MAX_NODES + " nodes");
            }
            if (nodes == nodeValues.length) {
                nodeValues = java.util.Arrays.copyOf(nodeValues, nodes * 2);
            }
            int t = nodes++;
            nodeValues[t] = -1;
            keys[h] = k;
            targets[h] = t;
            if (++edges * 2 > keys.length) {
                grow();
            }
            return t;
        }

        private void grow() {
            long[] ok = keys;
            int[] ot = targets;
            keys = new long[ok.length * 2];
            targets = new int[ok.length * 2];
            int m = keys.length - 1;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != 0) {
                    int h = hash(ok[i]) & m;
                    while (keys[h] != 0) {
                        h = (h + 1) & m;
                    }
                    keys[h] = ok[i];
                    targets[h] = ot[i];
                }
            }
        }

        public CharTrie build() {
            long[] table = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    int t = targets[i];
                    table[i] = keys[i] << TARGET_BITS | (nodeValues[t] >= 0 ? TERMINAL : 0) | t;
                }
            }
            return new CharTrie(table, java.util.Arrays.copyOf(nodeValues, nodes), first.clone(), keyCount,
                    maxLength);
        }
    }
}
