#!/usr/bin/env bash
# Healing demo: serves the demo shop on loopback, records the baselines of scene.yml's tasks
# on v1/ (screenshots and the element each step acted on), then runs the same tasks against v2/
# so the runner heals the broken locators (with the recorded elements) and resolves the
# plain-language steps; `scene heal` prints the unified diff that writes the healed locators
# back. Stops the server it started, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SCENE=${SCENE:-$ROOT/.build/debug/scene}
CONFIG=$ROOT/sample-runs/heal/scene.yml
SERVER=""

[ -x "$SCENE" ] || { echo "heal demo: $SCENE not built; run 'swift build'" >&2; exit 1; }
stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
trap stop_server EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$ROOT/sample-runs/heal" >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/v1/login.html', timeout=1)" 2>/dev/null && break
  sleep 0.1
done

export SCENE_BASE_URL="http://127.0.0.1:$PORT/v1/"
echo "== recording baselines on v1 ($SCENE_BASE_URL)"
"$SCENE" run --config "$CONFIG" --batch heal --no-report --update-baselines --force-update-baselines > /dev/null

export SCENE_BASE_URL="http://127.0.0.1:$PORT/v2/"
echo "== running the same tasks against v2 ($SCENE_BASE_URL)"
status=0
"$SCENE" run --config "$CONFIG" --batch heal --no-report --json > "$ROOT/sample-runs/heal/.demo-run.json" || status=$?
stop_server
RUN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["runDirectory"])' "$ROOT/sample-runs/heal/.demo-run.json")
rm -f "$ROOT/sample-runs/heal/.demo-run.json"
python3 - "$RUN" <<'PY'
import glob, json, os, sys
steps = [s for f in glob.glob(os.path.join(sys.argv[1], "executions", "*", "execution.json")) for s in json.load(open(f))["steps"]]
healed = sum(1 for s in steps if s.get("healed"))
plain = sum(1 for s in steps if s.get("resolvedLocator") and not s.get("healed"))
failed = sum(1 for s in steps if s["status"] == "failed")
print(f"== {len(steps)} steps: {healed} broken locators healed, {plain} plain-language steps resolved, {failed} failed")
PY
echo "== scene heal $RUN"
"$SCENE" heal "$RUN"
echo "(scene run exit code $status; write the result with: scene heal $RUN --write)"
