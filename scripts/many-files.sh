#!/usr/bin/env bash
# Millions of tiny files in one input directory, with the real default limit (MAX_DIR_ENTRIES,
# 100,000): `sanad analyze`, `sanad stories` and `sanad ingest` must each refuse the folder with
# TOO_MANY_FILES in bounded time and memory, before reading any of it. The files are hard links to
# one small article (a fresh copy every 60,000: ext4 allows 65,000 links a file), so a million of
# them cost directory entries, not disk blocks.
# Usage: bash scripts/many-files.sh [count]   (default 1,000,001; needs about 1M free inodes)
set -uo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000001}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sanad-many-files-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ -f dist/cli/main.js ] || npm run build >/dev/null
# an invented sentence
printf '%s\n' 'قال المتحدث باسم البلدية إن الطريق أعيد فتحه صباح اليوم بعد أعمال الصيانة.' >"$WORK/one.txt"
start=$(date +%s)
node -e '
  const { copyFileSync, linkSync, mkdirSync } = require("node:fs");
  const [one, dir, count] = process.argv.slice(1);
  mkdirSync(dir);
  for (let i = 0; i < Number(count); i++) {
    const source = `${one}.${Math.floor(i / 60000)}`;
    if (i % 60000 === 0) copyFileSync(one, source);
    linkSync(source, `${dir}/${String(i).padStart(7, "0")}.txt`);
  }
' "$WORK/one.txt" "$WORK/flat" "$COUNT" || exit 1
echo "made $COUNT tiny files in one folder in $(($(date +%s) - start)) s"
cp "$WORK/one.txt" "$WORK/good.txt"
status=0
run() {
  local label=$1
  shift
  echo "== $label"
  out=$(/usr/bin/time -f "   wall %e s, peak RSS %M KB" nice -n 10 node dist/cli/main.js "$@" 2>&1)
  echo "$out" | grep -E "TOO_MANY_FILES|wall" | cut -c1-400
  echo "$out" | grep -q TOO_MANY_FILES || status=1
}
run "sanad analyze FOLDER good.txt" analyze --quiet "$WORK/flat" "$WORK/good.txt"
run "sanad stories FOLDER good.txt" stories --quiet "$WORK/flat" "$WORK/good.txt"
run "sanad ingest FOLDER (embedded library)" ingest --quiet --db "$WORK/db" "$WORK/flat"
exit $status
