#!/usr/bin/env bash
# `make demo`: serve the demo site on loopback, record baselines, apply a scripted visual
# change (a second copy of the site with a CSS tweak), run the comparison batch, write the
# report and print where it is. Stops the server it started, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCENE=${SCENE:-$ROOT/.build/debug/scene}
CONFIG=$ROOT/sample-runs/scene.yml
WORK=$ROOT/sample-runs/.demo
SERVER=""

[ -x "$SCENE" ] || { echo "demo: $SCENE not built; run 'swift build' (or 'make demo')" >&2; exit 1; }

stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
trap stop_server EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export SCENE_BASE_URL="http://127.0.0.1:$PORT/"

serve() {
  stop_server
  python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
  SERVER=$!
  for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('$SCENE_BASE_URL', timeout=1)" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "demo: the site server did not start on port $PORT" >&2; exit 1
}

rm -rf "$WORK" "$ROOT/sample-runs/baselines"
mkdir -p "$WORK"

echo "== 1/3 recording baselines from sample-runs/site ($SCENE_BASE_URL)"
serve "$ROOT/sample-runs/site"
# The first run of a project records its baselines (forced: the demo records its own, also under $CI).
"$SCENE" run --config "$CONFIG" --batch demo --update-baselines=missing --force-update-baselines --no-report

echo "== 2/3 applying a visual change: the featured plan and prices turn orange"
cp -R "$ROOT/sample-runs/site" "$WORK/site-v2"
cat >> "$WORK/site-v2/style.css" <<'CSS'
/* demo change */
.featured { border-color: #d9480f; }
.price { color: #d9480f; }
CSS
serve "$WORK/site-v2"

echo "== 3/3 comparing against the baselines"
status=0
"$SCENE" run --config "$CONFIG" --batch demo --json > "$WORK/run.json" || status=$?
stop_server
REPORT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("report", ""))' "$WORK/run.json")
echo
echo "exit code $status (1 = visual differences found, as intended by the change)"
[ -n "$REPORT" ] && echo "report: $REPORT" && echo "open it with: xdg-open '$REPORT'  (or serve its folder statically)"
[ "$status" -le 1 ]
