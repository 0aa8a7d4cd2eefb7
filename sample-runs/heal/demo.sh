#!/usr/bin/env bash
# Healing demo: serves v2/ of the demo shop on loopback, runs the tasks of scene.yml (written
# against v1/) so the runner heals the broken locators and resolves the plain-language steps,
# then `scene heal` prints the unified diff that writes the healed locators back.
# Stops the server it started, whatever happens.
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
export SCENE_BASE_URL="http://127.0.0.1:$PORT/"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$ROOT/sample-runs/heal/v2" >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('$SCENE_BASE_URL', timeout=1)" 2>/dev/null && break
  sleep 0.1
done

echo "== running v1 tasks against v2 ($SCENE_BASE_URL)"
status=0
"$SCENE" run --config "$CONFIG" --batch heal --no-report --json > "$ROOT/sample-runs/heal/.demo-run.json" || status=$?
stop_server
RUN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["runDirectory"])' "$ROOT/sample-runs/heal/.demo-run.json")
rm -f "$ROOT/sample-runs/heal/.demo-run.json"
echo "== scene heal $RUN"
"$SCENE" heal "$RUN"
echo "(scene run exit code $status; write the result with: scene heal $RUN --write)"
