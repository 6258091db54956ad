#!/bin/bash
# The action's setup time on a clean runner-like checkout: a fresh clone of the
# repository (argument: its folder, default .), no node_modules, the step's
# script as action.yml runs it, on the sample. Usage: bench/action-setup.sh [REPO]
set -e
REPO=$(cd "${1:-.}" && pwd)
T=$(mktemp -d /tmp/kblint-action-XXXX)
t0=$(date +%s.%N)
git clone -q --no-hardlinks "$REPO" "$T/action"
t1=$(date +%s.%N)
test ! -e "$T/action/node_modules" || { echo "node_modules present"; exit 1; }
export GITHUB_ACTION_PATH="$T/action" GITHUB_OUTPUT="$T/output" GITHUB_STEP_SUMMARY="$T/summary" RUNNER_TEMP="$T" NO_COLOR=1
export KBLINT_INPUT_PATHS="fixtures/help-center" KBLINT_INPUT_ARGS="--offline" KBLINT_INPUT_CONFIG="" KBLINT_INPUT_FAIL_ON=never KBLINT_INPUT_CHANGED_ONLY=false KBLINT_INPUT_BASELINE="" KBLINT_INPUT_SARIF_FILE="$T/kblint.sarif" KBLINT_INPUT_SUMMARY=true KBLINT_INPUT_ANNOTATIONS=10 KBLINT_INPUT_CACHE=false
cd "$T/action"
t2=$(date +%s.%N)
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
node "$GITHUB_ACTION_PATH/dist-action/bin/kblint.js" --version >/dev/null
t3=$(date +%s.%N)
/usr/bin/time -f "step cpu %U+%S s, wall %e s, rss %M KB" node "$GITHUB_ACTION_PATH/dist-action/bin/action.js" > "$T/step.log" 2>"$T/step.err" || true
t4=$(date +%s.%N)
tail -1 "$T/step.err"
echo "clone $(awk "BEGIN{print $t1-$t0}") s; node check + bundle start (--version) $(awk "BEGIN{print $t3-$t2}") s; whole step on the sample $(awk "BEGIN{print $t4-$t3}") s"
grep -c . "$T/output" ; head -5 "$T/output"
rm -rf "$T"
