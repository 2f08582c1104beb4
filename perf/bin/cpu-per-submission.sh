#!/usr/bin/env bash
# CPU time per stored feedback submission of a running single node (and of JMeter), over a window of
# the load phase of feedback-submissions.jmx, with a JFR recording of the same window if asked.
#
#   perf/bin/cpu-per-submission.sh <pid of the single-node JVM> <its data directory> [seconds, default 40] [jfr]
#
# Start it together with the plan: it waits until JMeter's log says the load thread group started
# (the plugin shows JMeter's own summary only once the run has ended), then 8 s more for the ramp-up.
# The node must have been started with its H2 URL plus ";AUTO_SERVER=TRUE" (SPRING_DATASOURCE_URL), so
# that this script can count feedback.response rows from a second process. With "jfr" it also writes
# <data>/submissions.jfr (the recording itself costs the node CPU: do not take figures from that run).
set -euo pipefail
pid=$1; data=$2; seconds=${3:-40}; jfr=${4:-}
log=$(dirname "$0")/../target/jmeter/logs/feedback-submissions.jmx.log
h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
responses() {
  java -cp "$h2" org.h2.tools.Shell -user sa -password "" -sql "SELECT COUNT(*) FROM feedback.response" \
    -url "jdbc:h2:file:$data/h2/testbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" | sed -n 2p | tr -d ' '
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for _ in $(seq 1 600); do
  grep -q 'Starting thread group... number=1 threads=' "$log" 2>/dev/null && break
  sleep 1
done
sleep 8
jmeter=$(pgrep -f 'java.*ApacheJMeter' -n)
ticks_per_second=$(getconf CLK_TCK)
n0=$(responses); c0=$(cpu_ticks "$pid"); j0=$(cpu_ticks "$jmeter"); t0=$(date +%s.%N)
if [ "$jfr" = jfr ]; then
  jcmd "$pid" JFR.start name=submissions duration="${seconds}s" filename="$data/submissions.jfr" settings=profile >/dev/null
fi
sleep "$seconds"
c1=$(cpu_ticks "$pid"); j1=$(cpu_ticks "$jmeter"); t1=$(date +%s.%N); n1=$(responses)
awk -v n="$((n1 - n0))" -v node="$((c1 - c0))" -v jm="$((j1 - j0))" -v hz="$ticks_per_second" -v t0="$t0" -v t1="$t1" 'BEGIN {
  wall = t1 - t0; node_ms = node * 1000 / hz; jm_ms = jm * 1000 / hz; per = (n > 0 ? n : 1)
  printf "%.1f s: %d submissions stored (%.1f/s); node CPU %.0f ms = %.2f ms per submission (%.2f cores); JMeter %.2f ms per submission (%.2f cores)\n",
    wall, n, n / wall, node_ms, node_ms / per, node_ms / 1000 / wall, jm_ms / per, jm_ms / 1000 / wall }'
uptime
