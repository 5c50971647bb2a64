#!/usr/bin/env bash
# Starts a Podman API service on its own socket and storage (idempotent), and loads into it the
# base images the Podman tests need, copied from the Docker engine (no registry is reachable).
# Prints the DOCKER_HOST to use on its last line.
#
#   .ci/podman/start.sh            # start if needed, load missing images
#   STAGECRAFT_PODMAN_DIR=/x ...   # another place for its socket, config and storage
set -euo pipefail

dir="${STAGECRAFT_PODMAN_DIR:-/var/lib/stagecraft-podman}"
# The socket and run state live under /run, which a reboot empties, as Podman expects.
run="${STAGECRAFT_PODMAN_RUN:-/run/stagecraft-podman}"
socket="$run/podman.sock"
log="$dir/service.log"
images=(golang:1.22 debian:bookworm-slim alpine:3.20 python:3.11-slim)

mkdir -p "$dir" "$run"
# Root here lacks CAP_SYS_RESOURCE and the open-files hard limit is 20000: Podman's default
# ulimits would make every container fail with "error setting rlimit type 7".
cat > "$dir/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
CONF

podman_cmd() {
  CONTAINERS_CONF="$dir/containers.conf" podman --root "$dir/storage" --runroot "$run/run" "$@"
}

answers() {
  curl -sf --max-time 5 --unix-socket "$socket" http://podman/_ping >/dev/null 2>&1
}

if answers; then
  echo "a Podman service answers at unix://$socket" >&2
else
  rm -f "$socket"
  echo "starting the Podman service (log: $log)" >&2
  # From /: conmon inherits the service's working directory, and a removed one (a CI clone, a
  # worktree) makes every container fail with "Failed to get working directory".
  (cd / && CONTAINERS_CONF="$dir/containers.conf" exec nohup podman --root "$dir/storage" \
    --runroot "$run/run" system service --time=0 "unix://$socket" >"$log" 2>&1 </dev/null) &
  pid=$!
  for _ in $(seq 1 60); do
    answers && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if ! answers; then
    echo "podman: the service did not answer within 60 s; last lines of $log:" >&2
    tail -n 20 "$log" >&2 || true
    exit 1
  fi
fi

missing=()
for image in "${images[@]}"; do
  podman_cmd image exists "$image" || missing+=("$image")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "loading into Podman: ${missing[*]}" >&2
  # docker save | podman load: the images arrive as localhost/NAME, which FROM NAME finds.
  docker save "${missing[@]}" | podman_cmd load >/dev/null
else
  echo "Podman has ${images[*]}" >&2
fi
echo "unix://$socket"
