#!/usr/bin/env bash
# Measures the full-screen UI of target/descent.jar in tmux (80x24):
#   1. time from launch to first screen: a timestamp just before tmux starts the jar, then
#      capture-pane every 10 ms until the first frame shows ("Loading the course…"), and on until
#      the lesson list is there ("not started");
#   2. idle CPU: utime + stime from /proc/PID/stat over 30 s while the UI waits for a key,
#      once on the lesson list and once on a question page with the answer field focused.
# Usage: .ci/measure-tui.sh [runs]   (needs tmux, and mvn package done)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$PWD/target/descent.jar
launcher=$PWD/target/descent
tick=$(getconf CLK_TCK)
sock=""
t() { tmux -L "$sock" "$@"; }
cleanup() {
  if [ -n "$sock" ]; then t kill-server 2>/dev/null || true; fi
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)"/descent-measure-$$-*
}
trap cleanup EXIT
# waits up to 60 s for TEXT on the screen
wait_for() {
  for _ in $(seq 6000); do
    t capture-pane -p -t m 2>/dev/null | grep -q "$1" && return 0
    sleep 0.01
  done
  echo "'$1' did not show within 60 s" >&2
  exit 1
}

echo "launch to first screen, $runs runs:"
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  sock=descent-measure-$$-$i
  start=$(date +%s%N)
  t new-session -d -s m -x 80 -y 24 "env LANG=C.UTF-8 $launcher --data-dir $data --learner m"
  wait_for "descent"
  first=$(( ($(date +%s%N) - start) / 1000000 ))
  wait_for "not started\|Welcome to descent"   # a new learner first sees the guide, when the list is ready
  echo "  first screen $first ms, lesson list $(( ($(date +%s%N) - start) / 1000000 )) ms"
  t kill-server; rm -rf "$data"; sleep 1
done

idle() {
  local pid=$1 label=$2
  read -r u0 s0 < <(awk '{print $14, $15}' "/proc/$pid/stat")
  sleep 30
  read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$pid/stat")
  local ticks=$(( u1 + s1 - u0 - s0 ))
  echo "  $label: $ticks ticks of 1/$tick s in 30 s = $(awk -v t="$ticks" -v h="$tick" 'BEGIN {printf "%.3f", t / h / 30 * 100}') % of one core"
}

echo "idle CPU:"
data=$(mktemp -d)
sock=descent-measure-$$-idle
t new-session -d -s m -x 80 -y 24 "env LANG=C.UTF-8 $launcher --data-dir $data --learner m"
wait_for "Welcome to descent"
t send-keys -t m Enter
wait_for "not started"
pid=$(pgrep -f -n -- "-jar $jar --data-dir $data")
sleep 5
idle "$pid" "lesson list"
t send-keys -t m Enter; sleep 0.5; for _ in 1 2 3; do t send-keys -t m C-n; sleep 0.5; done
sleep 5
idle "$pid" "question page, answer field focused"
t send-keys -t m C-x; sleep 2
rm -rf "$data"
