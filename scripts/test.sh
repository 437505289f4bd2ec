#!/usr/bin/env bash
# Every check Ajar has, in one command: lint, type-check, build, the store packages, unit tests, browser
# tests in Chromium and in Firefox, the bench smoke.
# Ends with one plain line "N passed, M failed" that counts all of them (CI reads it).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0
check() {
  local name=$1; shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✗ $name failed"; fi
}
check lint npm run --silent lint
check typecheck npm run --silent typecheck
check build npm run --silent build
# Both store packages; the Firefox tests install the Firefox one into a fresh profile.
check zip npm run --silent zip
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
counts=$(node -e '
  // A file that failed before its tests ran (a broken beforeAll) reports them "skipped": count them failed.
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    let passed = 0, failed = 0, skipped = 0;
    for (const file of r.testResults) {
      const broken = file.status === "failed";
      for (const t of file.assertionResults) {
        if (t.status === "passed") passed++;
        else if (t.status === "failed" || broken) failed++;
        else skipped++;
      }
      if (broken && !file.assertionResults.some((t) => t.status !== "passed")) failed++;
    }
    console.log(passed, failed, skipped);
  } catch { console.log(0, 1, 0); }
')
read -r vpassed vfailed vskipped <<<"$counts"
passed=$((passed + vpassed))
failed=$((failed + vfailed))
if [ "$vskipped" -gt 0 ]; then echo "$passed passed, $failed failed, $vskipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ]
