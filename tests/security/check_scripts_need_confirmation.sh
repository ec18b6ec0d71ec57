#!/usr/bin/env bash
# A runbook script runs only after a person presses Run in the confirmation: the one process the product starts is
# the ScriptRunner's (core/runbooks/ScriptRunner.*); the one place a ScriptRunner is made is
# ScriptConfirmDialog::run() (ui/runbooks/ScriptConfirmDialog.cpp); the one thing that calls run() is the Run
# button's click; the command line never makes one; nothing else starts a program (system, popen, exec*, fork,
# posix_spawn, QProcess::startDetached), and the desktop is asked to open web links only.
# Usage: check_scripts_need_confirmation.sh SOURCE_ROOT   (the folder holding core, ui and app)
#        check_scripts_need_confirmation.sh --self-test   (plants each way around it: every one must be caught)
set -euo pipefail

violations()
{
    local root=$1
    local out=""
    local found
    local sources=(--include='*.cpp' --include='*.h')
    found=$(grep -rnE "${sources[@]}" -e '\bQProcess\b' "$root/core" "$root/ui" "$root/app" \
        | grep -vE '^[^:]*core/runbooks/ScriptRunner\.(h|cpp):' || true)
    [ -n "$found" ] && out+="a process outside the ScriptRunner:"$'\n'"$found"$'\n'
    found=$(grep -rnE "${sources[@]}" \
        -e '(^|[^[:alnum:]_.>])(std::)?(system|popen|execl|execlp|execle|execv|execvp|execve|fork|vfork|posix_spawnp?)[[:space:]]*\(' \
        -e 'startDetached' "$root/core" "$root/ui" "$root/app" || true)
    [ -n "$found" ] && out+="a program started another way:"$'\n'"$found"$'\n'
    found=$(grep -rnE "${sources[@]}" -e 'ScriptRunner[[:space:]]*(\(|\{|[[:alnum:]_]+[[:space:]]*[({;])' \
        "$root/core" "$root/ui" "$root/app" \
        | grep -vE '^[^:]*core/runbooks/ScriptRunner\.(h|cpp):' \
        | grep -vE '^[^:]*ui/runbooks/ScriptConfirmDialog\.cpp:[0-9]+:[[:space:]]*m_runner = new runbooks::ScriptRunner\(m_job, this\);$' \
        || true)
    [ -n "$found" ] && out+="a ScriptRunner made outside ScriptConfirmDialog::run():"$'\n'"$found"$'\n'
    local dialog="$root/ui/runbooks/ScriptConfirmDialog.cpp"
    if [ -f "$dialog" ]; then
        found=$(grep -nE '(&ScriptConfirmDialog::run\b|[^:[:alnum:]_]run\(\))' "$dialog" \
            | grep -vE ':[[:space:]]*connect\(m_runButton, &QPushButton::clicked, this, &ScriptConfirmDialog::run\);$' \
            || true)
        [ -n "$found" ] && out+="ScriptConfirmDialog::run() reached other than by the Run button:"$'\n'"$found"$'\n'
        grep -qE 'm_runner = new runbooks::ScriptRunner' "$dialog" || out+="ScriptConfirmDialog no longer makes the runner where this check expects it"$'\n'
    fi
    found=$(grep -rnE "${sources[@]}" -e 'ScriptRunner|ScriptConfirmDialog' "$root/app" || true)
    [ -n "$found" ] && out+="the command line or the app reaches the script runner:"$'\n'"$found"$'\n'
    found=$(grep -rnE "${sources[@]}" -e 'QDesktopServices::openUrl' "$root/core" "$root/ui" "$root/app" \
        | grep -vE '^[^:]*ui/alerts/AlertDetailView\.cpp:[0-9]+:[[:space:]]*QDesktopServices::openUrl\(url\);$' || true)
    [ -n "$found" ] && out+="the desktop is asked to open something (a script file would be run by it):"$'\n'"$found"$'\n'
    printf '%s' "$out"
}

if [ "${1:-}" = "--self-test" ]; then
    here=$(cd "$(dirname "$0")/../.." && pwd)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    plant=(
        'core/incidents/Hook.cpp|QProcess::execute(u"sh"_s, {u"-c"_s, script});'
        'ui/alerts/Open.cpp|std::system(command.c_str());'
        'core/notify/Sound.cpp|FILE* pipe = popen("paplay", "r");'
        'app/Launch.cpp|QProcess::startDetached(program, arguments);'
        'ui/incidents/Auto.cpp|auto* runner = new runbooks::ScriptRunner(job, this);'
        'ui/runbooks/RunbookPanel.cpp|runbooks::ScriptRunner runner(job);'
        'app/cli/RunbookRun.cpp|ScriptConfirmDialog dialog(job, title, user);'
        'ui/runbooks/ScriptConfirmDialog.cpp|QTimer::singleShot(0, this, &ScriptConfirmDialog::run);'
        'ui/runbooks/ScriptConfirmDialog.cpp|if (autoRun) run();'
        'ui/runbooks/RunbookPanel.cpp|QDesktopServices::openUrl(QUrl::fromLocalFile(step->scriptFile));'
    )
    status=0
    for entry in "${plant[@]}"; do
        file=${entry%%|*}
        line=${entry#*|}
        rm -rf "$scratch/tree"
        mkdir -p "$scratch/tree"
        cp -r "$here/core" "$here/ui" "$here/app" "$scratch/tree/"
        mkdir -p "$(dirname "$scratch/tree/$file")"
        printf '\nvoid planted()\n{\n    %s\n}\n' "$line" >>"$scratch/tree/$file"
        caught=$(violations "$scratch/tree")
        [ -n "${VERBOSE:-}" ] && printf "%s\n%s\n" "-- $line" "$caught"
        if [ -z "$caught" ]; then
            echo "not caught: $file: $line"
            status=1
        fi
    done
    found=$(violations "$here")
    if [ -n "$found" ]; then
        echo "the product itself is flagged:"
        printf '%s' "$found"
        status=1
    fi
    [ $status = 0 ] && echo "every planted way around the confirmation was caught"
    exit $status
fi

root=${1:?usage: check_scripts_need_confirmation.sh SOURCE_ROOT | --self-test}
found=$(violations "$root")
if [ -n "$found" ]; then
    printf '%s' "$found"
    exit 1
fi
echo "runbook scripts start only from the confirmation's Run button"
