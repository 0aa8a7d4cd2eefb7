#!/usr/bin/env bash
# Peak memory of `scene run` on a 200-execution batch (50 pages x 4 viewports, full-page
# screenshots, tracing on) against a loopback site; prints /usr/bin/time -v's figures.
#   Benchmarks/ResourceBounds/run.sh [PAGES=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PAGES=${1:-50}
SCENE=${SCENE:-$ROOT/.build/debug/scene}
WORK=$(mktemp -d /tmp/scene-bounds-XXXXXX)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
python3 "$ROOT/Tests/SceneReliabilityTests/site_server.py" > "$WORK/port" &
SERVER=$!
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(cat "$WORK/port")
{
  echo "project: {name: bounds, baseURL: \"http://127.0.0.1:$PORT/\"}"
  echo "viewports:"
  echo "  - {name: phone, width: 390, height: 844}"
  echo "  - {name: tablet, width: 768, height: 1024}"
  echo "  - {name: laptop, width: 1280, height: 800}"
  echo "  - {name: wide, width: 1920, height: 1080}"
  echo "pages:"
  for i in $(seq 0 $((PAGES - 1))); do echo "  - {id: p$i, url: plain/$i.html}"; done
  echo "batches: [{id: bounds, concurrency: 2, retries: 0, executionTimeout: 120s}]"
  echo "stabilization: {settleShots: 2}"
} > "$WORK/scene.yml"
export SCENE_PYTHON=${SCENE_PYTHON:-$ROOT/.venv/bin/python} SCENE_ASSETS=$ROOT/assets CI=1
/usr/bin/time -v "$SCENE" run --config "$WORK/scene.yml" 2> "$WORK/stderr" || true
grep -E "^run |Maximum resident|Elapsed \(wall|Exit status" "$WORK/stderr"
du -sh "$WORK/runs" | sed 's/^/bundle size: /'
