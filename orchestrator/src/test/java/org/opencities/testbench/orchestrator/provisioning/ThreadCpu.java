package org.opencities.testbench.orchestrator.provisioning;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CPU time of the JVM's threads by kind (a thread's name with its numbers taken out, e.g.
 * {@code http-nio-auto-#-exec-#}), for the benchmarks to say where a run's CPU went. Threads that
 * ended between two readings are missing from the difference; the JIT compilers and the garbage
 * collector are not Java threads and show only in the process total.
 */
record ThreadCpu(Map<Long, String> names, Map<Long, Long> nanos) {

    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    /** A thread's kind: its name with its numbers taken out, e.g. {@code http-nio-auto-#-exec-#}. */
    static String kindOf(String threadName) {
        return NUMBERS.matcher(threadName).replaceAll("#");
    }

    static ThreadCpu now() {
        var threads = ManagementFactory.getThreadMXBean();
        var names = new HashMap<Long, String>();
        var nanos = new HashMap<Long, Long>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    names.put(info.getThreadId(), info.getThreadName());
                    nanos.put(info.getThreadId(), cpu);
                }
            }
        }
        return new ThreadCpu(names, nanos);
    }

    /** CPU nanoseconds per kind of thread between the earlier reading and this one. */
    Spent since(ThreadCpu earlier) {
        var byKind = new TreeMap<String, Long>();
        nanos.forEach((id, cpu) -> byKind.merge(kindOf(names.get(id)),
                cpu - earlier.nanos.getOrDefault(id, 0L), Long::sum));
        return new Spent(byKind);
    }

    record Spent(Map<String, Long> byKind) {

        /** Kinds of threads by CPU per order, the largest first, then what no Java thread accounts for. */
        void print(int orders, double processMsPerOrder) {
            System.out.printf(Locale.ROOT, "%nCPU ms per order | threads%n");
            byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(kind -> kind.getValue() / 1e6 / orders >= 0.01)
                    .forEach(kind -> System.out.printf(Locale.ROOT, "%.2f | %s%n", kind.getValue() / 1e6 / orders, kind.getKey()));
            double threads = byKind.values().stream().mapToLong(Long::longValue).sum() / 1e6 / orders;
            System.out.printf(Locale.ROOT, "%.2f | not in Java threads (JIT compilers, garbage collector, ended threads)%n",
                    processMsPerOrder - threads);
        }
    }
}
