#!/usr/bin/env bash
# The render report in a real browser: renders a seed with `zhibiao render`, opens the page in
# headless Chromium (Debian's `chromium` package, installed here with apt-get when missing),
# takes a screenshot and checks, in the DOM Chromium built, that the page has one highlight
# (<mark> without data-cont) per extracted record and that its script ran.
#
# Usage (from anywhere, after `mvn package` has made target/zhibiao.jar):
#   bash src/test/scripts/browser-check.sh [SEED.txt]
# Writes target/browser/{records.jsonl,report.html,dom.html,report.png,chromium.log}.
# Exit: 0 passed, or skipped because Chromium cannot be had here (the line says SKIP and why);
#       1 failed. ZHIBIAO_REQUIRE_BROWSER=1 turns a skip into a failure.
# Never waits for input; every network or browser step runs under `timeout`.
set -euo pipefail
cd "$(dirname "$0")/../../.."

seed=${1:-seeds/000_f71ce4f648072e4a.txt}
out=target/browser
jar=target/zhibiao.jar
mkdir -p "$out"

say() { echo "browser-check: $*"; }
fail() { say "FAILED: $*"; exit 1; }
skip() {
  say "SKIP: $* (the render report was not checked in a browser)"
  if [ "${ZHIBIAO_REQUIRE_BROWSER:-0}" = 1 ]; then exit 1; fi
  exit 0
}

[ -f "$jar" ] || fail "$jar is missing: run 'mvn -B package' first"
[ -f "$seed" ] || fail "no such seed: $seed"

find_chromium() { command -v chromium || command -v chromium-browser || true; }
has_cjk_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }

chrome=$(find_chromium)
missing=()
[ -n "$chrome" ] || missing+=(chromium)
has_cjk_font || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    [ -n "$chrome" ] || skip "chromium is not installed and cannot be (needs root and apt-get)"
    say "warning: no CJK font and no way to install one: the screenshot will show boxes"
  else
    say "installing ${missing[*]} with apt-get (Debian's packages)"
    export DEBIAN_FRONTEND=noninteractive
    if timeout 300 apt-get update -qq -o DPkg::Lock::Timeout=60 </dev/null >"$out/apt.log" 2>&1 \
        && timeout 900 apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 \
           "${missing[@]}" </dev/null >>"$out/apt.log" 2>&1; then
      say "installed ${missing[*]}"
    else
      tail -n 5 "$out/apt.log" | sed 's/^/  apt: /'
      chrome=$(find_chromium)
      [ -n "$chrome" ] || skip "apt-get could not install chromium (log: $out/apt.log)"
      say "warning: could not install a CJK font: the screenshot will show boxes"
    fi
    chrome=$(find_chromium)
    [ -n "$chrome" ] || skip "chromium not found after installing it"
  fi
fi
# Without a CJK font the page's Chinese is drawn as empty boxes: in CI that is a failure.
if ! has_cjk_font && [ "${ZHIBIAO_REQUIRE_BROWSER:-0}" = 1 ]; then
  fail "no CJK font (fc-list :lang=zh is empty; apt-get install fonts-wqy-zenhei): the report would show boxes"
fi
say "$("$chrome" --version 2>/dev/null || echo "$chrome")"

# what the page must show: one highlight per record the extractor gives for the seed
context=(--year 2020 --region 重庆市)   # the seeds are 重庆日报 articles of 2020 (as their gold files say)
java -jar "$jar" extract "${context[@]}" --format jsonl "$seed" >"$out/records.jsonl"
expected=$(grep -c . "$out/records.jsonl" || true)
[ "$expected" -gt 0 ] || fail "extract gave no records for $seed"
java -jar "$jar" render "${context[@]}" -o "$out/report.html" "$seed"

page="file://$(pwd)/$out/report.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars
       --user-data-dir="$profile")

timeout 120 "$chrome" "${flags[@]}" --virtual-time-budget=3000 --dump-dom "$page" \
  >"$out/dom.html" 2>"$out/chromium.log" || { tail -n 5 "$out/chromium.log"; fail "chromium --dump-dom failed"; }
timeout 120 "$chrome" "${flags[@]}" --window-size=1600,1100 --screenshot="$(pwd)/$out/report.png" "$page" \
  >>"$out/chromium.log" 2>&1 || { tail -n 5 "$out/chromium.log"; fail "chromium --screenshot failed"; }

marks=$(grep -o '<mark [^>]*>' "$out/dom.html" | grep -vc 'data-cont' || true)
ready=$(grep -o 'data-zb-ready="[0-9]*"' "$out/dom.html" | grep -o '[0-9]\+' || true)
size=$(stat -c %s "$out/report.png" 2>/dev/null || echo 0)

[ "$marks" = "$expected" ] || fail "$marks highlights in the browser's DOM, expected $expected (one per record)"
[ "$ready" = "$expected" ] || fail "the page's script did not run or read ${ready:-no} records, expected $expected"
[ "$size" -gt 10000 ] || fail "no screenshot (or an empty one): $out/report.png"
say "OK: $seed: $marks highlights for $expected records in Chromium's DOM, script ran; screenshot $out/report.png ($size bytes)"
