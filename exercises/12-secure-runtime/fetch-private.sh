#!/bin/sh
# Stands in for `go mod download` of ACME's private module. The real download asks
# git.example.com with the CI token from the .netrc file that $NETRC names. Here the module
# is vendored so the build works offline, but, like the real download, this refuses to go on
# without the token.
set -eu
netrc="${NETRC:-$HOME/.netrc}"
if ! grep -q '^machine git.example.com login ci password ' "$netrc" 2>/dev/null; then
  echo "fetch-private: 401 Unauthorized: no token for git.example.com in $netrc" >&2
  exit 1
fi
echo "fetch-private: git.example.com/acme/quotes v1.2.0 fetched (vendored)"
