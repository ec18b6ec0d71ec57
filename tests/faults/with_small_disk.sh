#!/usr/bin/env bash
# Runs a command with WK_SMALL_DISK naming a 4 MiB filesystem of its own, which the test may fill to the last byte:
# a tmpfs in a private mount namespace (unshare --user --map-root-user --mount), gone when the command ends.
# Exits 77 (skipped) where the system allows no such namespace.
set -euo pipefail
if ! unshare --user --map-root-user --mount true 2>/dev/null; then
    echo "with_small_disk.sh: no user and mount namespaces here (unshare failed); skipped" >&2
    exit 77
fi
WK_SMALL_DISK=$(mktemp -d)
export WK_SMALL_DISK
status=0
unshare --user --map-root-user --mount -- bash -c '
    mount -t tmpfs -o size=4m,mode=0700 wk-small-disk "$WK_SMALL_DISK" || exit 77
    "$@"
' _ "$@" || status=$?
rmdir "$WK_SMALL_DISK"
exit "$status"
