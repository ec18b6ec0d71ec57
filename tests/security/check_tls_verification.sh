#!/usr/bin/env bash
# No product source may switch TLS verification off or weaken it: no ignoreSslErrors, no VerifyNone / QueryPeer /
# AutoVerifyPeer, no setPeerVerifyMode with anything but VerifyPeer, no change of Qt's process-wide TLS defaults.
# Usage: check_tls_verification.sh DIR...   (the product's core, ui and app folders)
#        check_tls_verification.sh --self-test   (plants each bypass in a scratch folder: every one must be caught)
set -euo pipefail

patterns=(
    'ignoreSslErrors'
    'VerifyNone'
    'QueryPeer'
    'AutoVerifyPeer'
    'setPeerVerifyDepth'
    'setDefaultConfiguration'
)

# Lines that break a rule, as file:line: text. setPeerVerifyMode(QSslSocket::VerifyPeer); is the one allowed call.
violations()
{
    local hits=""
    local found
    for pattern in "${patterns[@]}"; do
        found=$(grep -rnE --include='*.cpp' --include='*.h' -e "$pattern" "$@" || true)
        [ -n "$found" ] && hits+="$found"$'\n'
    done
    found=$(grep -rnE --include='*.cpp' --include='*.h' -e 'setPeerVerifyMode' "$@" \
        | grep -vE 'setPeerVerifyMode\(QSslSocket::VerifyPeer\);' || true)
    [ -n "$found" ] && hits+="$found"$'\n'
    printf '%s' "$hits" | sort -u
}

if [ "${1:-}" = "--self-test" ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    bypasses=(
        'reply->ignoreSslErrors();'
        'socket->ignoreSslErrors(errors);'
        'config.setPeerVerifyMode(QSslSocket::VerifyNone);'
        'config.setPeerVerifyMode(QSslSocket::QueryPeer);'
        'config.setPeerVerifyMode(QSslSocket::AutoVerifyPeer);'
        'config.setPeerVerifyMode(mode);'
        'config.setPeerVerifyMode(insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);'
        'QSslConfiguration::setDefaultConfiguration(config);'
    )
    status=0
    for i in "${!bypasses[@]}"; do
        mkdir -p "$scratch/$i"
        printf 'void f()\n{\n    %s\n}\n' "${bypasses[$i]}" >"$scratch/$i/Bypass.cpp"
        if [ -z "$(violations "$scratch/$i")" ]; then
            echo "not caught: ${bypasses[$i]}"
            status=1
        fi
    done
    mkdir -p "$scratch/ok"
    printf 'void f()\n{\n    config.setPeerVerifyMode(QSslSocket::VerifyPeer); // never off\n}\n' >"$scratch/ok/Fine.cpp"
    if found=$(violations "$scratch/ok") && [ -n "$found" ]; then
        echo "flagged the allowed call: $found"
        status=1
    fi
    [ $status = 0 ] && echo "every planted bypass was caught, the allowed call was not"
    exit $status
fi

[ $# -gt 0 ] || { echo "usage: check_tls_verification.sh DIR... | --self-test"; exit 2; }
found=$(violations "$@")
if [ -n "$found" ]; then
    echo "TLS verification is weakened here (give the server's CA in ca_file instead):"
    printf '%s' "$found"
    exit 1
fi
echo "no product source switches TLS verification off"
