#!/usr/bin/env bash
# CPU time per stored feedback submission of a running single node, over a window of the load phase
# of feedback-submissions.jmx, with a JFR recording of the same window.
#
#   perf/bin/cpu-per-submission.sh <pid of the single-node JVM> <its data directory> [seconds, default 40]
#
# The node must have been started with its H2 URL plus ";AUTO_SERVER=TRUE" (SPRING_DATASOURCE_URL), so
# that this script can count feedback.response rows from a second process. Writes <data>/submissions.jfr.
set -euo pipefail
pid=$1; data=$2; seconds=${3:-40}
h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
responses() {
  java -cp "$h2" org.h2.tools.Shell -user sa -password "" -sql "SELECT COUNT(*) FROM feedback.response" \
    -url "jdbc:h2:file:$data/h2/testbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" | sed -n 2p | tr -d ' '
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)
n0=$(responses); c0=$(cpu_ticks); t0=$(date +%s.%N)
jcmd "$pid" JFR.start name=submissions duration="${seconds}s" filename="$data/submissions.jfr" settings=profile >/dev/null
sleep "$seconds"
c1=$(cpu_ticks); t1=$(date +%s.%N); n1=$(responses)
awk -v n="$((n1 - n0))" -v ticks="$((c1 - c0))" -v hz="$ticks_per_second" -v t0="$t0" -v t1="$t1" 'BEGIN {
  wall = t1 - t0; cpu_ms = ticks * 1000 / hz
  printf "%.1f s: %d submissions stored (%.1f/s); process CPU %.0f ms = %.2f ms per submission; %.2f cores\n",
    wall, n, n / wall, cpu_ms, (n > 0 ? cpu_ms / n : 0), cpu_ms / 1000 / wall }'
uptime
