package org.opencities.testbench.orchestrator.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the scheduler treated this process's threads, by kind ({@link ThreadCpu#kindOf}; Linux's
 * {@code /proc/self/task}): their context switches, for the benchmarks to count the hand-overs
 * between threads per order, and the time they were ready to run but waited for a core. A hand-over
 * costs CPU that varies with the host (on a paravirtualised VM, a quarter of everything), while how
 * many there are per order does not: the count says whether a change saved hand-overs where a few
 * runs' throughput cannot. The wait says how much of a busy thread's time went to waiting for a
 * core (held by the process's other threads, or not given by the host): the group-commit thread,
 * which every order waits for, runs only as fast as it gets one. Threads that
 * ended between two readings are missing from the difference; empty where there is no {@code /proc}.
 *
 * @param waiting by thread, nanoseconds ready to run on a run queue ({@code schedstat}'s second field)
 */
record ThreadScheduling(Map<String, String> names, Map<String, Long> voluntary, Map<String, Long> involuntary,
        Map<String, Long> waiting) {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** A thread's line in a thread dump: {@code "name" #12 ... nid=0x1a2b ...}. */
    private static final Pattern THREAD_LINE = Pattern.compile("^\"(.*)\" .*nid=0x([0-9a-f]+)");

    static ThreadScheduling now() {
        var names = new HashMap<String, String>();
        var voluntary = new HashMap<String, Long>();
        var involuntary = new HashMap<String, Long>();
        var waiting = new HashMap<String, Long>();
        if (!Files.isDirectory(TASKS)) {
            return new ThreadScheduling(names, voluntary, involuntary, waiting);
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String tid = task.getFileName().toString();
                    String name = Files.readString(task.resolve("comm")).strip();
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.contains("ctxt_switches:")) {
                            long count = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                            (line.startsWith("voluntary") ? voluntary : involuntary).put(tid, count);
                        }
                    }
                    var schedstat = task.resolve("schedstat");
                    if (Files.exists(schedstat)) {
                        waiting.put(tid, Long.parseLong(Files.readString(schedstat).strip().split(" ")[1]));
                    }
                    names.put(tid, name);
                } catch (IOException | UncheckedIOException ended) {
                    // the thread ended while it was read: it is left out, as the ended threads are
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ThreadScheduling(names, voluntary, involuntary, waiting);
    }

    /**
     * Prints per order by kind of thread since the earlier reading, the most switched first: the
     * context switches, voluntary (the thread waited) and involuntary (it was preempted), and the time
     * ready to run without a core; then their sums. Java threads go by their whole name, which
     * {@code jcmd Thread.print} gives with the native id; the others by their native name.
     */
    void printSince(ThreadScheduling earlier, int orders) {
        var javaNames = javaNamesByNativeId();
        var byKind = new TreeMap<String, long[]>();
        names.forEach((tid, name) -> {
            var counts = byKind.computeIfAbsent(ThreadCpu.kindOf(javaNames.getOrDefault(tid, name)), kind -> new long[3]);
            counts[0] += voluntary.getOrDefault(tid, 0L) - earlier.voluntary.getOrDefault(tid, 0L);
            counts[1] += involuntary.getOrDefault(tid, 0L) - earlier.involuntary.getOrDefault(tid, 0L);
            counts[2] += waiting.getOrDefault(tid, 0L) - earlier.waiting.getOrDefault(tid, 0L);
        });
        System.out.printf(Locale.ROOT, "%ncontext switches per order | voluntary | involuntary | ms per order ready without a core | threads%n");
        byKind.entrySet().stream().sorted(Comparator.comparingLong(kind -> -(kind.getValue()[0] + kind.getValue()[1])))
                .filter(kind -> (kind.getValue()[0] + kind.getValue()[1]) / (double) orders >= 0.05)
                .forEach(kind -> System.out.printf(Locale.ROOT, "%.2f | %.2f | %.2f | %.3f | %s%n",
                        (kind.getValue()[0] + kind.getValue()[1]) / (double) orders, kind.getValue()[0] / (double) orders,
                        kind.getValue()[1] / (double) orders, kind.getValue()[2] / 1e6 / orders, kind.getKey()));
        long[] all = new long[3];
        byKind.values().forEach(counts -> {
            for (int i = 0; i < all.length; i++) {
                all[i] += counts[i];
            }
        });
        System.out.printf(Locale.ROOT, "%.1f | %.1f | %.1f | %.2f | all%n", (all[0] + all[1]) / (double) orders,
                all[0] / (double) orders, all[1] / (double) orders, all[2] / 1e6 / orders);
    }

    /** Java threads' names by native id (decimal), from this process's thread dump; empty where jcmd does not answer. */
    private static Map<String, String> javaNamesByNativeId() {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        var byId = new HashMap<String, String>();
        try {
            var dump = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            try (var lines = dump.inputReader().lines()) {
                lines.map(THREAD_LINE::matcher).filter(Matcher::find)
                        .forEach(line -> byId.put(Long.toString(Long.parseLong(line.group(2), 16)), line.group(1)));
            }
            dump.waitFor(1, TimeUnit.MINUTES);
        } catch (IOException e) {
            return byId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return byId;
    }
}
