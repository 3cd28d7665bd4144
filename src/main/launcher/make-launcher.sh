#!/bin/sh
# Run by the build (mvn package, after the CLI jar is made): writes TARGET/zhibiao, the launcher,
# and TARGET/zhibiao.jsa, a class-data-sharing archive of the classes a run loads, made by running
# the CLI once over the seeds with JAVA (the JVM that runs the build). A failure to make the archive
# is reported and the build goes on: the launcher then runs plain `java -jar`.
# Usage: sh make-launcher.sh JAVA TARGET SEEDS_DIR
set -u
java=$1
target=$(cd "$2" && pwd)
seeds=$3
here=$(cd "$(dirname "$0")" && pwd)
cp "$here/zhibiao" "$target/zhibiao" && chmod +x "$target/zhibiao" || exit 1
rm -f "$target/zhibiao.jsa"
if [ "${ZHIBIAO_CDS:-true}" = false ]; then
    echo "zhibiao launcher: $target/zhibiao (no class-data archive: ZHIBIAO_CDS=false)"
    exit 0
fi
if "$java" -XX:ArchiveClassesAtExit="$target/zhibiao.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$target/zhibiao.jar" extract --format jsonl "$seeds" >/dev/null 2>"$target/zhibiao.jsa.log" \
        && [ -s "$target/zhibiao.jsa" ]; then
    rm -f "$target/zhibiao.jsa.log"
    echo "zhibiao launcher: $target/zhibiao, class-data archive $target/zhibiao.jsa"
else
    rm -f "$target/zhibiao.jsa"
    echo "zhibiao launcher: WARNING: no class-data archive (see $target/zhibiao.jsa.log); $target/zhibiao runs plain java -jar"
fi
exit 0
