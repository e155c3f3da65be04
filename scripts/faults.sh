#!/usr/bin/env bash
# The fault tests, each in its own vitest run, with its time and peak memory (GNU time):
#   kill -9 during an ingest        test/library-kill.test.ts       (embedded library, 300 articles)
#   kill -9 during a web upload     test/faults-upload.test.ts      (sanad serve, 120 articles)
#   kill -9 during a worker's job   test/faults-worker.test.ts      (PostgreSQL, 80 articles)
#                                   test/library-workers.test.ts    (PostgreSQL, 3 days, 5-9 min)
#   a full disk while ingesting     test/faults-disk-full.test.ts   (a 44 MB tmpfs it mounts: root)
#   PostgreSQL restart under a worker  test/faults-pg-restart.test.ts (its own server on another port)
#   a poison job                    test/library-poison.test.ts     (PostgreSQL)
# The PostgreSQL ones start the server with scripts/start-postgres.sh (Debian; apt the first time).
# Usage: bash scripts/faults.sh [test files…]   (default: all of the above)
set -uo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
FILES=("$@")
[ ${#FILES[@]} -eq 0 ] && FILES=(test/library-kill.test.ts test/faults-upload.test.ts test/faults-worker.test.ts test/faults-disk-full.test.ts
  test/faults-pg-restart.test.ts test/library-poison.test.ts test/library-workers.test.ts)
status=0
for f in "${FILES[@]}"; do
  echo "== $f"
  out=$(/usr/bin/time -f "   wall %e s, peak RSS %M KB (the vitest process; the CLI children are measured by the tests)" \
    nice -n 10 npx vitest run "$f" 2>&1)
  rc=$?
  echo "$out" | grep -E "✓|×|↓|Tests|wall|Error"
  [ $rc = 0 ] || status=1
done
exit $status
