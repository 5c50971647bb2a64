#!/usr/bin/env bash
# Builds the stand-in images the course needs, on an engine that cannot pull from a registry.
#
# Idempotent: an image that already exists is skipped, so a second run takes seconds.
# The official names (golang:1.22, ...) are tagged only with --tag-official or CI=true, and an
# existing official-name image that is not one of our stand-ins is never overwritten.
#
# Usage: .ci/images/build.sh [--tag-official] [--only NAME]... [--list]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="stagecraft/debian:bookworm"
label="dev.stagecraft.standin=true"

# recipe directory | stand-in tag | official names (comma separated). Order matters: what tests need first.
images=(
  "debian-bookworm-slim|stagecraft/standin-debian:bookworm-slim|debian:bookworm-slim,debian:bookworm"
  "golang-1.22|stagecraft/standin-golang:1.22|golang:1.22"
  "alpine-3.20|stagecraft/standin-alpine:3.20|alpine:3.20,alpine"
  "distroless-static|stagecraft/standin-distroless-static:debian12|"
  "node-20-slim|stagecraft/standin-node:20-slim|node:20-slim,node:20,node:20-alpine"
  "python-3.11-slim|stagecraft/standin-python:3.11-slim|python:3.11-slim"
  "python-3.11|stagecraft/standin-python:3.11|python:3.11"
  "nginx-alpine|stagecraft/standin-nginx:alpine|nginx:alpine,nginx"
  "eclipse-temurin-17-jre|stagecraft/standin-eclipse-temurin:17-jre|eclipse-temurin:17-jre"
  "eclipse-temurin-17-jdk|stagecraft/standin-eclipse-temurin:17-jdk|eclipse-temurin:17-jdk"
  "maven-3.9-eclipse-temurin-17|stagecraft/standin-maven:3.9-eclipse-temurin-17|maven:3.9-eclipse-temurin-17"
)

tag_official=false
[ "${CI:-}" = "true" ] && tag_official=true
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --tag-official) tag_official=true ;;
    --only) shift; only+=("${1:?--only needs a recipe name}") ;;
    --list) for entry in "${images[@]}"; do echo "${entry//|/  }"; done; exit 0 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

exists() { docker image inspect "$1" >/dev/null 2>&1; }
# A digest of a recipe directory: a stand-in built from an older recipe is rebuilt.
recipe_digest() { (cd "$here/$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
built_from() { docker image inspect -f '{{ index .Config.Labels "dev.stagecraft.standin.recipe" }}' "$1" 2>/dev/null; }
is_standin() { [ "$(docker image inspect -f '{{ index .Config.Labels "dev.stagecraft.standin" }}' "$1" 2>/dev/null)" = "true" ]; }
now() { date +%s; }

build_base() {
  if exists "$base"; then echo "  $base: present"; return; fi
  local start dir
  start=$(now)
  dir="$(mktemp -d /tmp/stagecraft-bookworm.XXXXXX)"
  echo "  $base: debootstrap --variant=minbase bookworm (about half a minute)..."
  local mirror=()
  [ -n "${DEBIAN_MIRROR:-}" ] && mirror=("$DEBIAN_MIRROR")
  debootstrap --variant=minbase bookworm "$dir" "${mirror[@]}" >"$dir.log" 2>&1 || {
    echo "build.sh: debootstrap failed; last lines of $dir.log:" >&2; tail -n 20 "$dir.log" >&2; exit 1; }
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/var/cache/apt/archives/*.deb
  tar -C "$dir" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    --change "LABEL $label" \
    - "$base" >/dev/null
  rm -rf "$dir" "$dir.log"
  echo "  $base: imported in $(($(now) - start)) s"
}

tag_officials() {
  local standin="$1" officials="$2" official
  local -a names
  IFS=',' read -r -a names <<<"$officials"
  for official in "${names[@]}"; do
    if exists "$official" && ! is_standin "$official"; then
      echo "  $official: a real image is present; left as it is"
    elif [ "$(docker image inspect -f '{{.Id}}' "$official" 2>/dev/null)" != "$(docker image inspect -f '{{.Id}}' "$standin")" ]; then
      docker tag "$standin" "$official"
      echo "  $official: tagged from $standin"
    fi
  done
}

build_standin() {
  local recipe="$1" standin="$2" start digest=""
  if [ "$recipe" = "debian-bookworm-slim" ]; then
    if exists "$standin"; then echo "  $standin: present"; return; fi
    docker tag "$base" "$standin"
    echo "  $standin: tagged from $base"
    return
  fi
  digest="$(recipe_digest "$recipe")"
  if exists "$standin" && [ "$(built_from "$standin")" = "$digest" ]; then
    echo "  $standin: present"
    return
  fi
  start=$(now)
  local previous
  previous="$(docker image inspect -f '{{.Id}}' "$standin" 2>/dev/null || true)"
  echo "  $standin: building from .ci/images/$recipe/Dockerfile..."
  local log
  log="$(mktemp /tmp/stagecraft-standin.XXXXXX.log)"
  if ! DOCKER_BUILDKIT=0 docker build --label "$label" --label "dev.stagecraft.standin.recipe=$digest" \
      -t "$standin" "$here/$recipe" >"$log" 2>&1; then
    echo "build.sh: building $standin failed; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  rm -f "$log"
  # The stand-in built from the old recipe is ours; once nothing names it, remove it.
  if [ -n "$previous" ] && [ "$(docker image inspect -f '{{len .RepoTags}}' "$previous" 2>/dev/null)" = "0" ]; then
    docker rmi "$previous" >/dev/null 2>&1 || true
  fi
  echo "  $standin: ready in $(($(now) - start)) s"
}

wanted() {
  [ ${#only[@]} -eq 0 ] && return 0
  local name
  for name in "${only[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}

total_start=$(now)
if [ "$tag_official" = true ]; then
  echo "stand-in images (official names are tagged too)"
else
  echo "stand-in images (official names not tagged: pass --tag-official or set CI=true)"
fi
build_base
for entry in "${images[@]}"; do
  IFS='|' read -r recipe standin officials <<<"$entry"
  wanted "$recipe" || continue
  build_standin "$recipe" "$standin"
  [ "$tag_official" = true ] && tag_officials "$standin" "$officials"
done
echo "stand-in images ready in $(($(now) - total_start)) s"
