package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No regular expression with catastrophic backtracking (issue 7). Finds every regex in
 * {@code src/main/java}: string literals passed to {@code Pattern.compile}, {@code Pattern.matches},
 * {@code String.matches}, {@code replaceAll}, {@code replaceFirst} and {@code split} (a constant
 * passed to {@code Pattern.compile} is looked up in its file), and every static {@link Pattern}
 * field of the compiled classes; each must pass {@link RegexRisk#problems}: no quantified group
 * that holds an unbounded quantifier over chars the group can start with again ({@code (a+)+},
 * {@code (\w+\s?)*}), no quantified alternation whose branches can start alike ({@code (a|ab)*}),
 * no two unbounded quantifiers in a row over overlapping classes ({@code \s*\s*}). The checker is
 * itself tested on patterns known to be bad and good.
 */
class RegexAuditTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path CLASSES = Path.of("target/classes");

    /** A regex found in the sources. */
    record Found(String where, String regex) {
    }

    private static final Pattern CALL = Pattern.compile(
            "(Pattern\\.compile|Pattern\\.matches|\\.matches|\\.replaceAll|\\.replaceFirst|\\.split)\\(\\s*");

    static List<Found> sourceRegexes() throws IOException {
        List<Found> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String src = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = CALL.matcher(src);
            while (m.find()) {
                int line = 1 + (int) src.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                String where = f + ":" + line;
                int at = m.end();
                String literal = JavaLiteral.readConcatenation(src, at);
                if (literal != null) {
                    out.add(new Found(where, literal));
                } else if (m.group(1).startsWith("Pattern.")) {
                    // a constant: find its initializer in the same file
                    Matcher id = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(src);
                    id.region(at, src.length());
                    String value = null;
                    if (id.lookingAt()) {
                        Matcher def = Pattern.compile("\\b" + id.group() + "\\s*=\\s*").matcher(src);
                        if (def.find()) {
                            value = JavaLiteral.readConcatenation(src, def.end());
                        }
                    }
                    out.add(new Found(where, value == null ? "<not a literal: cannot be checked>" : value));
                }
                // String.matches/split/replaceAll with a variable cannot be told from other methods of
                // the same name here; constants reach Pattern fields, checked by reflection below
            }
        }
        return out;
    }

    static List<Found> patternFields() throws IOException {
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(CLASSES)) {
            return out;
        }
        List<Path> classes;
        try (Stream<Path> s = Files.walk(CLASSES)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path c : classes) {
            String name = CLASSES.relativize(c).toString().replace('/', '.').replaceFirst("\\.class$", "");
            if (name.startsWith("io.zhibiao.spark") || name.startsWith("io.zhibiao.test")) {
                continue; // need Spark or AssertJ at class-init time; their sources are scanned above
            }
            Class<?> k;
            try {
                k = Class.forName(name, false, RegexAuditTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            Field[] fields;
            try {
                fields = k.getDeclaredFields();
            } catch (LinkageError e) {
                continue;
            }
            for (Field f : fields) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    try {
                        f.setAccessible(true);
                        Pattern p = (Pattern) f.get(null);
                        if (p != null) {
                            out.add(new Found(name + "." + f.getName(), p.pattern()));
                        }
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        out.add(new Found(name + "." + f.getName(), "<cannot read: " + e + ">"));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noRegexInTheMainCodeCanBacktrackCatastrophically() throws IOException {
        List<Found> all = new ArrayList<>(sourceRegexes());
        all.addAll(patternFields());
        assertThat(all).as("the scan finds the regexes that are there").isNotEmpty();
        List<String> bad = new ArrayList<>();
        for (Found f : all) {
            if (f.regex().startsWith("<")) {
                bad.add(f.where() + ": " + f.regex());
                continue;
            }
            for (String p : RegexRisk.problems(f.regex())) {
                bad.add(f.where() + ": " + f.regex() + ": " + p);
            }
        }
        System.out.println("[regex] " + all.size() + " regexes in src/main/java checked: "
                + all.stream().map(f -> f.regex().replace("\t", "\\t").replace("\n", "\\n")).distinct().toList());
        assertThat(bad).as("regexes that may backtrack catastrophically").isEmpty();
    }

    // ---- the checker on known patterns ------------------------------------------------------------

    @Test
    void theCheckerFlagsKnownCatastrophicPatterns() {
        for (String p : List.of("(a+)+", "(a*)*", "(\\w+\\s?)*", "(a|ab)*", "(a|a)+", "(.*a){3,}", "(\\d+\\.?)+$",
                "([a-z]+)*x", "\\s*\\s*$", ".*.*=.*", "(x+x+)+y", "(?:[0-9]+,?)+;", "^(\\w+\\s?)*$", "(a{2,})+")) {
            assertThat(RegexRisk.problems(p)).as(p).isNotEmpty();
        }
    }

    @Test
    void theCheckerAcceptsSafePatterns() {
        for (String p : List.of("\\s+", "[a-z][a-z0-9_]*", "\\|", "\t", "\n", "[一二三]期$", "^\\d{4}-\\d{2}$",
                "(?:ab)+", "a+b+", "\\d+(\\.\\d+)?%", "(foo|bar)+", "[^,]*,[^,]*", "x{1,3}y{2}")) {
            assertThat(RegexRisk.problems(p)).as(p).isEmpty();
        }
    }

    @Test
    void literalsAreReadAsJavaWritesThem() {
        assertThat(JavaLiteral.readConcatenation("\"\\\\s+\", \"\")", 0)).isEqualTo("\\s+");
        assertThat(JavaLiteral.readConcatenation("\"a\" + \"\\t\" + \"b\")", 0)).isEqualTo("a\tb");
        assertThat(JavaLiteral.readConcatenation("SOME_CONSTANT)", 0)).isNull();
        assertThat(JavaLiteral.readConcatenation("\"\\u4e00\")", 0)).isEqualTo("一");
    }

    /** Reads Java string literals from source text. */
    static final class JavaLiteral {
        private JavaLiteral() {
        }

        /** The value of {@code "…" + "…"} starting at {@code at}, or null when no literal starts there. */
        static String readConcatenation(String src, int at) {
            StringBuilder out = new StringBuilder();
            int i = at;
            boolean any = false;
            while (true) {
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                    i++;
                }
                if (i >= src.length() || src.charAt(i) != '"') {
                    break;
                }
                i++;
                while (i < src.length() && src.charAt(i) != '"') {
                    char c = src.charAt(i);
                    if (c == '\\' && i + 1 < src.length()) {
                        char e = src.charAt(i + 1);
                        switch (e) {
                            case 'n' -> out.append('\n');
                            case 't' -> out.append('\t');
                            case 'r' -> out.append('\r');
                            case 'b' -> out.append('\b');
                            case 'f' -> out.append('\f');
                            case '0' -> out.append('\0');
                            case 'u' -> {
                                int k = i + 1;
                                while (k < src.length() && src.charAt(k) == 'u') {
                                    k++;
                                }
                                out.append((char) Integer.parseInt(src.substring(k, k + 4), 16));
                                i = k + 4;
                                continue;
                            }
                            default -> out.append(e);
                        }
                        i += 2;
                    } else {
                        out.append(c);
                        i++;
                    }
                }
                i++;
                any = true;
                int j = i;
                while (j < src.length() && Character.isWhitespace(src.charAt(j))) {
                    j++;
                }
                if (j < src.length() && src.charAt(j) == '+') {
                    i = j + 1;
                    continue;
                }
                break;
            }
            return any ? out.toString() : null;
        }
    }

    /**
     * A small parser of Java regex syntax that finds the constructs behind catastrophic
     * backtracking. Char sets are predicates over UTF-16 units; overlap is decided by testing all
     * 65,536 of them. Conservative: a construct it cannot read ({@code \p{…}}, back references)
     * counts as matching anything.
     */
    static final class RegexRisk {
        private final String re;
        private int pos;
        private final List<String> problems = new ArrayList<>();

        private RegexRisk(String re) {
            this.re = re;
        }

        static List<String> problems(String regex) {
            RegexRisk r = new RegexRisk(regex);
            try {
                r.alternation();
            } catch (RuntimeException e) {
                r.problems.add("cannot be read by the audit: " + e.getMessage());
            }
            return r.problems;
        }

        /** A parsed piece: what it can start with, every char it can match, whether it can be empty. */
        static final class Node {
            private final IntPredicate first;
            private final IntPredicate chars;
            private final boolean nullable;
            private final boolean hasUnbounded;
            private final List<IntPredicate> unboundedInside; // char sets of the unbounded loops inside
            List<Node> branches; // for an alternation
            boolean isRepeat;    // carries an unbounded quantifier itself

            Node(IntPredicate first, IntPredicate chars, boolean nullable, boolean hasUnbounded,
                    List<IntPredicate> unboundedInside) {
                this.first = first;
                this.chars = chars;
                this.nullable = nullable;
                this.hasUnbounded = hasUnbounded;
                this.unboundedInside = unboundedInside;
            }

            IntPredicate first() {
                return first;
            }

            IntPredicate chars() {
                return chars;
            }

            boolean nullable() {
                return nullable;
            }

            boolean hasUnbounded() {
                return hasUnbounded;
            }

            List<IntPredicate> unboundedInside() {
                return unboundedInside;
            }
        }

        static final IntPredicate ANY = c -> true;
        static final IntPredicate NONE = c -> false;

        static boolean overlap(IntPredicate a, IntPredicate b) {
            for (int c = 0; c <= 0xFFFF; c++) {
                if (a.test(c) && b.test(c)) {
                    return true;
                }
            }
            return false;
        }

        private Node alternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            IntPredicate first = NONE;
            IntPredicate chars = NONE;
            boolean nullable = false;
            boolean unbounded = false;
            List<IntPredicate> inside = new ArrayList<>();
            for (Node b : branches) {
                first = first.or(b.first());
                chars = chars.or(b.chars());
                nullable |= b.nullable();
                unbounded |= b.hasUnbounded();
                inside.addAll(b.unboundedInside());
            }
            Node n = new Node(first, chars, nullable, unbounded, inside);
            n.branches = branches;
            return n;
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            Node previousUnbounded = null;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Node n = quantified();
                if (n == null) {
                    continue;
                }
                boolean unboundedHere = n.hasUnbounded() && n.isRepeat;
                if (unboundedHere && previousUnbounded != null && overlap(previousUnbounded.chars(), n.chars())) {
                    problems.add("two unbounded quantifiers in a row over overlapping chars at " + pos);
                }
                if (unboundedHere) {
                    previousUnbounded = n;
                } else if (!n.nullable()) {
                    previousUnbounded = null;
                }
                items.add(n);
            }
            IntPredicate first = NONE;
            boolean nullable = true;
            IntPredicate chars = NONE;
            boolean unbounded = false;
            List<IntPredicate> inside = new ArrayList<>();
            for (Node n : items) {
                if (nullable) {
                    first = first.or(n.first());
                }
                nullable &= n.nullable();
                chars = chars.or(n.chars());
                unbounded |= n.hasUnbounded();
                inside.addAll(n.unboundedInside());
            }
            return new Node(first, chars, nullable, unbounded, inside);
        }

        private Node quantified() {
            Node atom = atom();
            if (atom == null) {
                return null;
            }
            if (pos >= re.length()) {
                return atom;
            }
            char c = re.charAt(pos);
            int min;
            int max; // -1 = unbounded
            if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
                int close = re.indexOf('}', pos);
                String[] mm = re.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(mm[0]);
                max = mm.length == 1 ? min : mm[1].isEmpty() ? -1 : Integer.parseInt(mm[1]);
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive: lazy still backtracks, so it is judged the same
            }
            boolean repeats = max == -1 || max > 1;
            if (repeats) {
                // the atom runs again: an unbounded loop inside it that can take the chars it starts with
                for (IntPredicate inner : atom.unboundedInside()) {
                    if (overlap(inner, atom.first()) || atom.first() == ANY) {
                        problems.add("nested quantifier over overlapping chars");
                        break;
                    }
                }
                if (atom.branches != null) {
                    List<Node> b = atom.branches;
                    for (int i = 0; i < b.size(); i++) {
                        for (int j = i + 1; j < b.size(); j++) {
                            if (overlap(b.get(i).first(), b.get(j).first())) {
                                problems.add("repeated alternation whose branches start alike");
                            }
                        }
                    }
                }
            }
            List<IntPredicate> inside = new ArrayList<>(atom.unboundedInside());
            if (max == -1) {
                inside.add(atom.chars());
            }
            Node n = new Node(atom.first(), atom.chars(), atom.nullable() || min == 0,
                    atom.hasUnbounded() || max == -1, inside);
            n.isRepeat = max == -1;
            return n;
        }

        private Node atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    pos++;
                    if (re.startsWith("?:", pos) || re.startsWith("?=", pos) || re.startsWith("?!", pos)
                            || re.startsWith("?>", pos)) {
                        pos += 2;
                    } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                        pos += 3;
                    } else if (re.startsWith("?<", pos)) {
                        pos = re.indexOf('>', pos) + 1;
                    }
                    Node inner = alternation();
                    if (pos >= re.length() || re.charAt(pos) != ')') {
                        throw new IllegalArgumentException("unclosed group");
                    }
                    pos++;
                    return inner;
                }
                case '[' -> {
                    IntPredicate set = charClass();
                    return leaf(set);
                }
                case '.' -> {
                    pos++;
                    return leaf(ANY);
                }
                case '^', '$' -> {
                    pos++;
                    return null;
                }
                case '\\' -> {
                    IntPredicate e = escape();
                    return e == null ? null : leaf(e);
                }
                default -> {
                    pos++;
                    int ch = c;
                    return leaf(x -> x == ch);
                }
            }
        }

        private static Node leaf(IntPredicate p) {
            return new Node(p, p, false, false, List.of());
        }

        /** After a backslash; null for zero-width escapes (\b, \B, \A, \z, \Z, \G). */
        private IntPredicate escape() {
            pos++;
            char e = re.charAt(pos++);
            switch (e) {
                case 'd':
                    return Character::isDigit;
                case 'D':
                    return x -> !Character.isDigit(x);
                case 's':
                    return x -> x == ' ' || x == '\t' || x == '\n' || x == '\r' || x == '\f' || x == 0x0B;
                case 'S':
                    return x -> !(x == ' ' || x == '\t' || x == '\n' || x == '\r' || x == '\f' || x == 0x0B);
                case 'w':
                    return x -> x < 128 && (Character.isLetterOrDigit(x) || x == '_');
                case 'W':
                    return x -> !(x < 128 && (Character.isLetterOrDigit(x) || x == '_'));
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    return null;
                case 't':
                    return x -> x == '\t';
                case 'n':
                    return x -> x == '\n';
                case 'r':
                    return x -> x == '\r';
                case 'u': {
                    int ch = Integer.parseInt(re.substring(pos, pos + 4), 16);
                    pos += 4;
                    return x -> x == ch;
                }
                case 'p', 'P': {
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        pos = re.indexOf('}', pos) + 1;
                    } else {
                        pos++;
                    }
                    return ANY; // a Unicode class: assume it overlaps everything
                }
                default:
                    if (Character.isDigit(e)) {
                        return ANY; // a back reference
                    }
                    return x -> x == e;
            }
        }

        private IntPredicate charClass() {
            pos++; // [
            boolean negate = false;
            if (pos < re.length() && re.charAt(pos) == '^') {
                negate = true;
                pos++;
            }
            IntPredicate set = NONE;
            boolean firstChar = true;
            while (pos < re.length() && (re.charAt(pos) != ']' || firstChar)) {
                firstChar = false;
                if (re.charAt(pos) == '[') {
                    set = set.or(charClass()); // a nested class (union)
                    continue;
                }
                if (re.startsWith("&&", pos)) {
                    pos += 2;
                    continue; // intersections: keep the union (larger, so conservative)
                }
                IntPredicate single;
                int lo;
                if (re.charAt(pos) == '\\') {
                    int save = pos;
                    IntPredicate e = escape();
                    char escaped = re.charAt(save + 1);
                    if (Character.isLetter(escaped) && "tnrfu".indexOf(escaped) < 0) {
                        set = set.or(e == null ? NONE : e);
                        continue;
                    }
                    lo = escaped == 'u' ? Integer.parseInt(re.substring(save + 2, save + 6), 16)
                            : escaped == 't' ? '\t' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r'
                            : escaped == 'f' ? '\f' : escaped;
                } else {
                    lo = re.charAt(pos++);
                }
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    int hi;
                    if (re.charAt(pos) == '\\') {
                        int save = pos;
                        escape();
                        char escaped = re.charAt(save + 1);
                        hi = escaped == 'u' ? Integer.parseInt(re.substring(save + 2, save + 6), 16) : escaped;
                    } else {
                        hi = re.charAt(pos++);
                    }
                    int a = lo;
                    int b = hi;
                    single = x -> x >= a && x <= b;
                } else {
                    int a = lo;
                    single = x -> x == a;
                }
                set = set.or(single);
            }
            pos++; // ]
            return negate ? set.negate() : set;
        }
    }
}
