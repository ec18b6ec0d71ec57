#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format says it should be.
set -euo pipefail
root=${1:?usage: check_format.sh SOURCE_DIR}
cd "$root"
formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "clang-format not found"
    exit 1
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
status=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! "$formatter" --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: clang-format -i $f)"
        status=1
    fi
done
[ $status = 0 ] && echo "${#files[@]} files formatted"
exit $status
