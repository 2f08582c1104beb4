package org.opencities.testbench.orchestrator.provisioning;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import io.prometheus.client.CollectorRegistry;
import org.awaitility.Awaitility;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test: orders per second end to end (TMF641 POST to {@code order.stateChanged}
 * completed) with at most N orders in flight from POST to completed, so that the latencies are an
 * order's own and not time in a backlog; simulated driver without latency; and in the same run the
 * raw Artemis persistent send+receive rate. The orchestrator runs in this JVM on a file H2 and a persistent
 * broker journal, as in single-node mode. Arguments: orders, orders in flight, raw messages, then
 * any application arguments (e.g. {@code --spring.artemis.embedded.persistent=false}) that override the defaults.
 * Prints a Markdown row for docs/performance.md, with the process CPU time per order (server and
 * this client together), which stays comparable when other work shares the machine, then a fixed
 * computation timed before and after the run (the yardstick), then the CPU time per order of the
 * process's threads by kind and their context switches per order, then (if asked) the database
 * statements of the measured run by total time, per order. The client's own work is kept small: it
 * reads the completions acknowledging lazily ({@code DUPS_OK_ACKNOWLEDGE}), as a consumer that only
 * counts may.
 * <p>
 * System properties: {@code warmUp} (orders before the measured run at most, default 80,000: the
 * warm-up stops earlier, in rounds of 2,000 orders after the first 10,000, once a round kept the JIT
 * compilers busy for under 2% of its time), {@code postOnly} ({@code true}: the saga's consumers do not
 * start and an order counts as done at its 201, which measures what taking orders alone costs) and
 * {@code statements} ({@code true}: H2 counts every statement from the start, which costs each
 * statement a little, and the run prints them).
 */
public final class ProvisioningBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Orders posted (and completed) before the measured run at most, so that it measures compiled
     * code, not the JIT at work: on two cores the C2 compiler was still busy for most of a core after
     * 8,000, and now and then after 20,000; code that runs once per group commit (a fifth of an
     * order) reaches C2 only after tens of thousands of orders, so 40,000 often stopped too early.
     */
    private static final int WARM_UP = Integer.getInteger("warmUp", 80_000);
    private static final int WARM_UP_ROUND = 2_000;
    private static final int WARM_UP_AT_LEAST = 10_000;
    private static final double JIT_SETTLED = 0.02;
    private static final boolean POST_ONLY = Boolean.getBoolean("postOnly");
    private static final boolean STATEMENTS = Boolean.getBoolean("statements");
    private static final int YARDSTICK_MIB = 64;
    private static final int YARDSTICK_RUNS = 5;
    private static final List<String> CITIES = List.of("helsinki", "berlin", "amsterdam", "paris", "rome", "barcelona",
            "bologna", "manchester", "gent", "cologne", "oulu");

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK's HttpClient hands every answer of sendAsync on to CompletableFuture's default executor,
        // which below 3 cores is a new thread per task: the client would start a thread per order on the
        // cores being measured (2.4 % of the process's CPU in Thread.start alone). The common pool serves instead.
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "2");
        if (new CompletableFuture<Void>().defaultExecutor() != ForkJoinPool.commonPool()) {
            throw new IllegalStateException("CompletableFuture's default executor is not the common pool");
        }
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int rawMessages = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Path data = Files.createTempDirectory("provisioning-benchmark");
        var settings = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;PAGE_SIZE=4096",
                "--spring.artemis.embedded.persistent=true", "--spring.artemis.embedded.data-directory=" + data.resolve("broker"),
                "--testbench.orchestrator.driver.simulated.latency=0ms", "--logging.level.root=WARN",
                "--testbench.orchestrator.provisioning.concurrent-consumers=32",
                "--testbench.orchestrator.provisioning.auto-startup=" + !POST_ONLY));
        for (String override : Arrays.asList(args).subList(Math.min(3, args.length), args.length)) {
            String key = override.substring(0, override.indexOf('=') + 1);
            settings.removeIf(setting -> setting.startsWith(key));
            settings.add(override);
        }
        try (var orchestrator = OrchestratorTestApplication.application().run(settings.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
            var connections = orchestrator.getBean(ConnectionFactory.class);
            double raw = rawArtemisRate(connections, rawMessages);
            var completed = new Completions();
            try (var jms = connections.createContext(JMSContext.DUPS_OK_ACKNOWLEDGE)) {
                // the broker routes only the event that ends an order (its JMS property state) to this consumer
                jms.createConsumer(jms.createTopic("testbench.service.events"),
                        "ce_type = 'order.stateChanged' AND state IN ('completed', 'failed', 'partial')").setMessageListener(message -> {
                    try {
                        completed.completed(JSON.readTree(((TextMessage) message).getText()).get("subject").asString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                // H2 counts statements from the start or not at all: turned on just before the measured run, its counting
                // was new code in every statement's path, and the JIT compiled the hot paths again while the run was measured
                var database = JdbcClient.create(orchestrator.getBean(DataSource.class));
                if (STATEMENTS) {
                    database.sql("SET QUERY_STATISTICS_MAX_ENTRIES 500").update();
                    database.sql("SET QUERY_STATISTICS TRUE").update();
                }
                // one client for the warm-up and the run: a new one is new connections and new code for the JIT as the run starts
                var client = new Client(HttpClient.newBuilder().executor(Runnable::run).build(), port);
                warmUp(client, inFlight, completed);
                var statements = STATEMENTS ? Statements.of(database) : null;
                double batchesBefore = outboxBatches();
                double groupsBefore = metric("testbench_provisioning_group_commit_works_count");
                double worksBefore = metric("testbench_provisioning_group_commit_works_sum");
                System.out.printf(Locale.ROOT, "Measuring %d orders%s (process %d)%n", orders, POST_ONLY ? ", POST only" : "",
                        ProcessHandle.current().pid());
                double yardstickBefore = yardstickMs();
                var threads = ThreadCpu.now();
                var switches = ContextSwitches.now();
                long writtenBefore = bytesWritten();
                long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long collectingBefore = collectingMs();
                var result = run(client, orders, inFlight, completed);
                long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
                long collecting = collectingMs() - collectingBefore;
                var byThread = ThreadCpu.now().since(threads);
                var switchesAfter = ContextSwitches.now();
                double yardstickAfter = yardstickMs();
                System.out.printf(Locale.ROOT, "%n| %d orders, %d in flight | %.0f orders/s | p50 %.0f ms | p95 %.0f ms | p99 %.0f ms"
                                + " | CPU %.2f ms/order | outbox batches %.2f/order | raw Artemis %.0f msg/s | ratio %.2f | %d cores |%n",
                        orders, inFlight, result.perSecond(), result.percentile(50), result.percentile(95), result.percentile(99),
                        result.cpuMsPerOrder(), (outboxBatches() - batchesBefore) / orders, raw, result.perSecond() / raw,
                        Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "%nyardstick: %.0f ms before, %.0f ms after (SHA-256 of %d MiB on one thread, the median of %d;"
                        + " a slower core takes longer)%n", yardstickBefore, yardstickAfter, YARDSTICK_MIB, YARDSTICK_RUNS);
                System.out.printf(Locale.ROOT, "written (files and sockets): %.0f KiB per order%n", (bytesWritten() - writtenBefore) / 1024.0 / orders);
                double groups = metric("testbench_provisioning_group_commit_works_count") - groupsBefore;
                System.out.printf(Locale.ROOT, "works per group commit: %.1f, group commits per order: %.2f%n",
                        (metric("testbench_provisioning_group_commit_works_sum") - worksBefore) / groups, groups / orders);
                byThread.print(orders, result.cpuMsPerOrder());
                System.out.printf(Locale.ROOT, "of which the JIT compilers %.3f ms per order (their time), the collector's pauses %.3f ms per order (wall)%n",
                        compiling / (double) orders, collecting / (double) orders);
                switchesAfter.printSince(switches, orders);
                if (STATEMENTS) {
                    Statements.of(database).printSince(statements, orders);
                }
            }
        } finally {
            // a run leaves gigabytes of database file and journal behind
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** Runs rounds of orders until the JIT compilers have settled or {@link #WARM_UP} orders have gone by. */
    private static void warmUp(Client client, int inFlight, Completions completed) throws Exception {
        var jit = ManagementFactory.getCompilationMXBean();
        int done = 0;
        while (done < WARM_UP) {
            int round = Math.min(WARM_UP_ROUND, WARM_UP - done);
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            run(client, round, inFlight, completed);
            done += round;
            // the metrics are read every round as the measured run reads them before it starts (and Prometheus every few
            // seconds): read for the first time there, their queries made the JIT recompile H2's hot paths during the run
            outboxBatches();
            double compiling = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - started) / 1e6);
            System.out.printf(Locale.ROOT, "warm-up: %d orders, JIT compiling %.0f%% of the last round%n", done, compiling * 100);
            if (done >= WARM_UP_AT_LEAST && compiling < JIT_SETTLED) {
                return;
            }
        }
    }

    private record Result(double perSecond, List<Double> latenciesMs, double cpuMsPerOrder) {

        double percentile(int p) {
            var sorted = latenciesMs.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    /**
     * When each order completed, and the permits of the run under way: an order holds its permit from
     * before its POST until it has completed (whichever of the 201 and the completion event comes first).
     */
    private static final class Completions {

        private final Map<String, Long> at = new ConcurrentHashMap<>();
        private final Map<String, Boolean> holding = new ConcurrentHashMap<>();
        private volatile Semaphore permits = new Semaphore(0);

        void completed(String orderId) {
            at.putIfAbsent(orderId, System.nanoTime());
            if (holding.remove(orderId) != null) {
                permits.release();
            }
        }

        void posted(String orderId) {
            holding.put(orderId, true);
            if (at.containsKey(orderId) && holding.remove(orderId) != null) {
                permits.release();
            }
        }

        Long get(String orderId) {
            return at.get(orderId);
        }

        boolean containsAll(Set<String> orderIds) {
            return at.keySet().containsAll(orderIds);
        }
    }

    /** The orchestrator's HTTP client: its answers are handled on its selector thread, as a worker pool would spend the cores the server is measured on. */
    private record Client(HttpClient http, int port) {
    }

    private static Result run(Client client, int orders, int inFlight, Completions completed) throws Exception {
        var permits = new Semaphore(inFlight);
        completed.permits = permits;
        var posted = new ConcurrentHashMap<String, Long>();
        var answered = new CountDownLatch(orders);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            permits.acquire();
            long sent = System.nanoTime();
            client.http().sendAsync(request(client.port(), i), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() == 201) {
                    String id = JSON.readTree(response.body()).get("id").asString();
                    posted.put(id, sent);
                    if (POST_ONLY) {
                        completed.completed(id);
                    }
                    completed.posted(id);
                } else {
                    permits.release();
                    System.err.println("POST failed: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                }
                answered.countDown();
            });
        }
        answered.await(10, TimeUnit.MINUTES);
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> completed.containsAll(posted.keySet()));
        long cpu = processCpuNanos() - cpuBefore;
        long last = posted.keySet().stream().mapToLong(completed::get).max().orElse(start);
        var latencies = new ArrayList<Double>();
        posted.forEach((id, sent) -> latencies.add((completed.get(id) - sent) / 1e6));
        return new Result(posted.size() / ((last - start) / 1e9), latencies, cpu / 1e6 / Math.max(1, posted.size()));
    }

    /** H2's statistics so far: each statement's executions and milliseconds. */
    private record Statements(Map<String, double[]> bySql) {

        static Statements of(JdbcClient database) {
            var bySql = new HashMap<String, double[]>();
            database.sql("SELECT sql_statement, execution_count, cumulative_execution_time FROM information_schema.query_statistics")
                    .query(rs -> {
                        bySql.put(rs.getString(1).replaceAll("\\s+", " "), new double[] {rs.getLong(2), rs.getDouble(3)});
                    });
            return new Statements(bySql);
        }

        /** Prints the 25 statements that took the most time since the earlier reading, per order, and all statements per order. */
        void printSince(Statements earlier, int orders) {
            System.out.printf(Locale.ROOT, "%nstatements per order | ms per order | statement%n");
            var since = new HashMap<String, double[]>();
            bySql.forEach((sql, now) -> {
                var before = earlier.bySql.getOrDefault(sql, new double[2]);
                since.put(sql, new double[] {now[0] - before[0], now[1] - before[1]});
            });
            since.entrySet().stream().sorted(Comparator.comparingDouble(statement -> -statement.getValue()[1])).limit(25)
                    .forEach(statement -> System.out.printf(Locale.ROOT, "%.2f | %.3f | %s%n", statement.getValue()[0] / orders,
                            statement.getValue()[1] / orders, statement.getKey().substring(0, Math.min(140, statement.getKey().length()))));
            System.out.printf(Locale.ROOT, "all | %.1f statements per order%n",
                    since.values().stream().mapToDouble(counts -> counts[0]).sum() / orders);
        }
    }

    /**
     * A fixed computation on one thread, timed before and after a run: how fast a core computes at
     * that moment. A run whose CPU per order moved while its yardstick did not was slowed by
     * something else than the cores' speed (on this VM: what hand-overs between threads cost).
     */
    private static double yardstickMs() throws NoSuchAlgorithmException {
        var data = new byte[YARDSTICK_MIB << 20];
        Arrays.fill(data, (byte) 7);
        var sha = MessageDigest.getInstance("SHA-256");
        var took = new double[YARDSTICK_RUNS];
        for (int run = 0; run < YARDSTICK_RUNS; run++) {
            long started = System.nanoTime();
            sha.digest(data);
            took[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(took);
        return took[YARDSTICK_RUNS / 2];
    }

    /** Broker transactions of the outbox relay so far (each sends a batch and deletes it with one database commit). */
    private static double outboxBatches() {
        return metric("testbench_outbox_batches_total");
    }

    /** What this process has written to files and sockets so far ({@code wchar} of Linux's {@code /proc/self/io}; 0 where there is none). */
    private static long bytesWritten() throws IOException {
        var io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return 0;
        }
        return Files.readAllLines(io).stream().filter(line -> line.startsWith("wchar:"))
                .mapToLong(line -> Long.parseLong(line.substring("wchar:".length()).trim())).findFirst().orElse(0);
    }

    private static double metric(String sample) {
        return CollectorRegistry.defaultRegistry.getSampleValue(sample);
    }

    /** Milliseconds the garbage collectors have taken so far (their pauses, for the parallel collector). */
    private static long collectingMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(collector -> Math.max(0, collector.getCollectionTime())).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static HttpRequest request(int port, int n) {
        String body = """
                {"externalId": "bench-%d", "serviceOrderItem": [{"id": "1", "action": "add", "service": {
                  "serviceSpecification": {"id": "pon-bandwidth"},
                  "serviceCharacteristic": [{"name": "city", "value": "%s"},
                    {"name": "downstreamCirKbps", "value": 100}, {"name": "downstreamPirKbps", "value": 1000},
                    {"name": "upstreamCirKbps", "value": 100}, {"name": "upstreamPirKbps", "value": 1000}]}}]}
                """.formatted(n, CITIES.get(n % CITIES.size()));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tmf-api/serviceOrdering/v4/serviceOrder"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(UTF_8)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Persistent 1 KiB messages through one queue, one producer and one consumer: messages per second. */
    private static double rawArtemisRate(ConnectionFactory connections, int messages) throws Exception {
        String payload = "x".repeat(1024);
        var received = new CountDownLatch(messages);
        try (var consuming = connections.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                var producing = connections.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            var queue = consuming.createQueue("benchmark.raw");
            consuming.createConsumer(queue).setMessageListener(message -> received.countDown());
            var producer = producing.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                producer.send(queue, payload);
            }
            received.await(5, TimeUnit.MINUTES);
            return messages / ((System.nanoTime() - start) / 1e9);
        }
    }
}
