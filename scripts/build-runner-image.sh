#!/usr/bin/env bash
# Builds the Scene runner image locally, without any container registry or browser CDN:
#   1. debootstrap --variant=minbase bookworm  ->  podman import  ->  localhost/scene-base:bookworm
#   2. pip download the Playwright wheels on the host (pip inside a build may not trust a proxy)
#   3. podman build docker/Containerfile.local  ->  localhost/scene-runner:<playwright version>
# Equivalent to docker/Dockerfile (which starts from the official Playwright image).
# Rerunnable: a step whose result already exists is skipped (FORCE=1 rebuilds everything).
# Needs root (rootful podman), podman + runc + debootstrap from apt, and ~2 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."

PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.2}"
IMAGE="${SCENE_RUNNER_IMAGE:-localhost/scene-runner:${PLAYWRIGHT_VERSION}}"
BASE_IMAGE="${SCENE_BASE_IMAGE:-localhost/scene-base:bookworm}"
WORK="${SCENE_IMAGE_WORK:-/var/tmp/scene-runner-image}"
PYTHON="${PYTHON:-python3}"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$PWD/docker/containers.conf}"

say() { echo "build-runner-image: $*" >&2; }
for tool in podman debootstrap "$PYTHON"; do
  command -v "$tool" >/dev/null || { say "error: '$tool' not found (apt-get install -y podman runc debootstrap)"; exit 1; }
done
[ "$(id -u)" = 0 ] || { say "error: run as root (rootful podman and debootstrap)"; exit 1; }

if [ "${FORCE:-0}" != 1 ] && podman image exists "$IMAGE"; then
  say "$IMAGE already exists (FORCE=1 to rebuild)"; exit 0
fi

mkdir -p "$WORK"
if [ "${FORCE:-0}" = 1 ] || ! podman image exists "$BASE_IMAGE"; then
  rootfs="$WORK/rootfs"
  rm -rf "$rootfs"
  say "debootstrap bookworm into $rootfs"
  debootstrap --variant=minbase bookworm "$rootfs" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >"$WORK/debootstrap.log" 2>&1 \
    || { say "error: debootstrap failed, see $WORK/debootstrap.log"; exit 1; }
  say "importing $BASE_IMAGE"
  tar -C "$rootfs" -c . | podman import - "$BASE_IMAGE" >/dev/null
  rm -rf "$rootfs"
fi

context="$WORK/context"
rm -rf "$context"; mkdir -p "$context/wheels"
say "downloading Playwright $PLAYWRIGHT_VERSION wheels for CPython 3.11 (bookworm's python3)"
"$PYTHON" -m pip download -q --disable-pip-version-check --only-binary=:all: \
  --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 \
  --python-version 3.11 --implementation cp -d "$context/wheels" "playwright==$PLAYWRIGHT_VERSION"
cp docker/Containerfile.local docker/link-system-chromium.py "$context/"
cp -R assets/runner "$context/runner" 2>/dev/null || mkdir -p "$context/runner"

say "building $IMAGE"
podman build --network host --build-arg "BASE=$BASE_IMAGE" --build-arg "PLAYWRIGHT_VERSION=$PLAYWRIGHT_VERSION" \
  -t "$IMAGE" -f "$context/Containerfile.local" "$context"
say "done: $IMAGE ($(podman image inspect --format '{{.Size}}' "$IMAGE") bytes)"
