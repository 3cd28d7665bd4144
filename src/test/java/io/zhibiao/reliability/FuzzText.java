package io.zhibiao.reliability;

/**
 * Turns fuzzer bytes into a Java string that can hold anything a caller may pass: valid UTF-8
 * decodes as usual (so the seed corpora are plain text files), and every byte that is not part of a
 * valid sequence becomes a lone surrogate {@code U+DC80..U+DCFF} (Python's "surrogateescape"), so
 * that mutations reach unpaired surrogates, controls and NUL as well as every script.
 */
public final class FuzzText {
    private FuzzText() {
    }

    public static String decode(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need;
            int cp;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
            } else {
                out.append((char) (0xDC00 | c));
                i++;
                continue;
            }
            if (i + need >= b.length) { // truncated sequence
                out.append((char) (0xDC00 | c));
                i++;
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
            if (!ok || cp < min || cp > 0x10FFFF) {
                out.append((char) (0xDC00 | c));
                i++;
                continue;
            }
            // encoded surrogates (ED A0 80 …) come through as the lone surrogate they encode
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }
}
