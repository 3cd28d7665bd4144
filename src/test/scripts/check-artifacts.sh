#!/usr/bin/env bash
# Publishing checks on what `mvn package` built (run after it; no network, a few seconds):
# - the library jar holds only zhibiao's own classes and data (nothing shaded leaks into it) and
#   has Automatic-Module-Name: io.zhibiao;
# - the sources and javadoc jars exist;
# - the CLI jar (target/zhibiao.jar) runs and holds no Spark, Scala or AssertJ classes, nor the
#   package that needs AssertJ (io.zhibiao.test); io.zhibiao.spark (built with -Pspark) stays for spark-submit.
# Usage: bash src/test/scripts/check-artifacts.sh      Exit: 0 ok, 1 a check failed.
set -euo pipefail
cd "$(dirname "$0")/../../.."

fail() { echo "check-artifacts: FAILED: $*"; exit 1; }
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | sed -n 1p)
lib=target/zhibiao-$version.jar
cli=target/zhibiao.jar
for f in "$lib" "target/zhibiao-$version-sources.jar" "target/zhibiao-$version-javadoc.jar" "$cli"; do
  [ -s "$f" ] || fail "$f is missing (run mvn package)"
done

entries() { unzip -Z1 "$1"; }
foreign=$(entries "$lib" | grep -vE '^(io/|io/zhibiao/.*|zhibiao/.*|META-INF/|META-INF/MANIFEST\.MF|META-INF/maven/.*)$' || true)
[ -z "$foreign" ] || fail "the library jar holds foreign entries: $(echo "$foreign" | head -5 | tr '\n' ' ')"
[ "$(unzip -p "$lib" META-INF/MANIFEST.MF | grep -c '^Automatic-Module-Name: io.zhibiao' || true)" = 1 ] \
  || fail "no Automatic-Module-Name: io.zhibiao in $lib"

leaked=$(entries "$cli" | grep -E '^(org/apache/spark/|scala/|org/assertj/|io/zhibiao/test/)' || true)
[ -z "$leaked" ] || fail "the CLI jar holds classes it must not: $(echo "$leaked" | head -5 | tr '\n' ' ')"
[ "$(entries "$cli" | grep -c '^io/zhibiao/cli/Main.class$' || true)" = 1 ] || fail "no io/zhibiao/cli/Main.class in $cli"
java -jar "$cli" --version >/dev/null || fail "java -jar $cli --version failed"
# the launcher the build writes beside the jar (Unix; with its class-data archive when the JVM could make it)
if [ "$(uname -s 2>/dev/null)" != "" ] && [ -e target/zhibiao ]; then
  [ "$(target/zhibiao --version)" = "$(java -jar "$cli" --version)" ] || fail "target/zhibiao --version differs from java -jar"
  [ -s target/zhibiao.jsa ] || echo "check-artifacts: note: no target/zhibiao.jsa (the launcher runs plain java -jar)"
fi

echo "check-artifacts: OK: $lib (own classes only, Automatic-Module-Name io.zhibiao), sources and javadoc jars, $cli (no Spark/Scala/AssertJ)"
