#!/bin/sh
# Smoke test against a running container: ./tests/smoke.sh [base-url]
set -eu
url="${1:-http://localhost:8080}"
curl -fsS "$url/" | grep -q "status service is up"
curl -fsS "$url/healthz" | grep -qx ok
echo "smoke test passed"
