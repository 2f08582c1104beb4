package org.opencities.testbench.orchestrator.admission;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Technology;

/**
 * Benchmark, not a test: the feasibility decision (every segment of a city decided and ranked, as
 * {@code POST /api/v1/feasibility} and the ledger's reservation do) over a generated topology of
 * 20 cities x 250 OLTs x 16 PON ports with 16..64 ONTs each and random committed load, each city's
 * segments in id order as the ledger reads them. Prints
 * p50/p95/p99 of the decision time and the heap the topology keeps. Run it with
 * {@code ./mvnw -o -q -pl orchestrator test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-Xmx1g -cp %classpath org.opencities.testbench.orchestrator.admission.FeasibilityBenchmark"}.
 */
public final class FeasibilityBenchmark {

    static final int CITIES = 20;
    static final int OLTS = 250;
    static final int PORTS = 16;
    static final int WARM_UP = 3_000;
    static final int MEASURED = 20_000;

    private FeasibilityBenchmark() {
    }

    public static void main(String[] args) {
        var random = new Random(2026);
        long heapBefore = usedHeapAfterGc();
        var topology = new HashMap<String, List<SegmentCapacity>>();
        long onts = 0;
        for (int c = 0; c < CITIES; c++) {
            var segments = new ArrayList<SegmentCapacity>(OLTS * PORTS);
            String city = "city-" + c;
            for (int o = 0; o < OLTS; o++) {
                for (int p = 0; p < PORTS; p++) {
                    onts += 16 + random.nextInt(49);
                    segments.add(segment(random, city + "-olt" + o + "-pon" + p, city));
                }
            }
            segments.sort(Comparator.comparing(segment -> segment.segment().value()));
            topology.put(city, List.copyOf(segments));
        }
        long heapTopology = usedHeapAfterGc() - heapBefore;
        var demands = new ArrayList<Demand>();
        for (int i = 0; i < 64; i++) {
            long down = 1_000 * (1 + random.nextInt(500));
            long up = 1_000 * (1 + random.nextInt(100));
            demands.add(new Demand(new BandwidthProfile(down, 0, down * 2, 0, 0), new BandwidthProfile(0, 0, up, 0, up)));
        }
        var threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED];
        long[] placeNanos = new long[MEASURED];
        long[] cpuNanos = new long[MEASURED];
        long[] placeCpuNanos = new long[MEASURED];
        long feasible = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            var candidates = topology.get("city-" + random.nextInt(CITIES));
            var demand = demands.get(random.nextInt(demands.size()));
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var ranked = AdmissionControl.rank(candidates, demand);
            long ranking = System.nanoTime();
            long cpuRanking = threads.getCurrentThreadCpuTime();
            var placed = AdmissionControl.place(candidates, demand);
            long placing = System.nanoTime();
            long cpuPlacing = threads.getCurrentThreadCpuTime();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = ranking - start;
                placeNanos[i - WARM_UP] = placing - ranking;
                cpuNanos[i - WARM_UP] = cpuRanking - cpuStart;
                placeCpuNanos[i - WARM_UP] = cpuPlacing - cpuRanking;
                feasible += ranked.get(0).admitted() && placed.isPresent() ? 1 : 0;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(placeNanos);
        Arrays.sort(cpuNanos);
        Arrays.sort(placeCpuNanos);
        long heapPeak = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        System.out.printf(Locale.ROOT, "topology: %d cities, %d segments, %,d ONTs; %d segments decided per feasibility%n",
                CITIES, CITIES * OLTS * PORTS, onts, OLTS * PORTS);
        System.out.printf(Locale.ROOT, "decisions: %,d measured after %,d warm-up, %,d feasible%n", MEASURED, WARM_UP, feasible);
        System.out.printf(Locale.ROOT, "feasibility (rank all): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[MEASURED - 1] / 1e6);
        System.out.printf(Locale.ROOT, "placement (best only): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                ms(placeNanos, 0.50), ms(placeNanos, 0.95), ms(placeNanos, 0.99), placeNanos[MEASURED - 1] / 1e6);
        System.out.printf(Locale.ROOT, "on-CPU time of the deciding thread (unaffected by other processes; GC threads not included):"
                + " rank p50 %.3f ms, p99 %.3f ms; place p50 %.3f ms, p99 %.3f ms%n",
                ms(cpuNanos, 0.50), ms(cpuNanos, 0.99), ms(placeCpuNanos, 0.50), ms(placeCpuNanos, 0.99));
        System.out.printf(Locale.ROOT, "heap: topology %.1f MiB after GC, heap committed %.1f MiB, max heap %.0f MiB, processors %d%n",
                heapTopology / 1048576.0, heapPeak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors());
        // Keep the topology reachable until after the measurement of its heap.
        System.out.println("cities kept: " + topology.size());
    }

    private static SegmentCapacity segment(Random random, String id, String city) {
        var technology = random.nextInt(3) == 0 ? Technology.XGS_PON : Technology.GPON;
        double headroom = new double[] {0.05, 0.1, 0.15, 0.2}[random.nextInt(4)];
        double overbooking = new double[] {1.5, 2.0, 3.0}[random.nextInt(3)];
        var status = random.nextInt(50) == 0 ? SegmentStatus.MAINTENANCE : SegmentStatus.IN_SERVICE;
        var empty = new SegmentCapacity(new SegmentId(id), city, status, technology.usableDownKbps(), technology.usableUpKbps(),
                headroom, overbooking, Load.NONE, Load.NONE);
        return new SegmentCapacity(empty.segment(), city, status, technology.usableDownKbps(), technology.usableUpKbps(),
                headroom, overbooking, load(random, empty, Direction.DOWNSTREAM), load(random, empty, Direction.UPSTREAM));
    }

    /** Random committed load: up to 98 % of the guaranteed limit, maximum up to its limit. */
    private static Load load(Random random, SegmentCapacity segment, Direction direction) {
        long guaranteed = (long) (segment.guaranteedLimitKbps(direction) * random.nextDouble() * 0.98);
        long maximum = guaranteed + (long) ((segment.maximumLimitKbps(direction) - guaranteed) * random.nextDouble());
        return new Load(guaranteed, maximum);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
