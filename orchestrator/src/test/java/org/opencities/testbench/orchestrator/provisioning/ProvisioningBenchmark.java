package org.opencities.testbench.orchestrator.provisioning;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import io.prometheus.client.CollectorRegistry;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
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
 * process's threads by kind, their context switches per order and how long they were ready to run
 * without a core (the other threads or the host had them), then (if asked) the database
 * statements of the measured run by total time, per order. The client's own work is kept small, since
 * it runs on the cores being measured: one thread per order in flight posts an order on its own
 * kept-alive connection, waits on the socket for the 201 and then for the order's completion, so an
 * order costs the client two wake-ups; and the completions are read acknowledging lazily
 * ({@code DUPS_OK_ACKNOWLEDGE}), as a consumer that only counts may, only for the event that ends an order.
 * The probe assignments each activated service sends are taken off their queue and dropped, as the
 * agents would take them. At the end it prints the H2 file's size and how full its chunks are.
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
            // one client for the warm-up and the run: a new one is new connections and new code for the JIT as the run starts
            try (var jms = connections.createContext(JMSContext.DUPS_OK_ACKNOWLEDGE); var client = Client.to(port, inFlight)) {
                // the broker routes only the event that ends an order (its JMS property state) to this consumer
                jms.createConsumer(jms.createTopic("testbench.service.events"),
                        "ce_type = 'order.stateChanged' AND state IN ('completed', 'failed', 'partial')").setMessageListener(message -> {
                    try {
                        completed.completed(JSON.readTree(((TextMessage) message).getText()).get("subject").asString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                // the probe agents' work, taken as agents take it: left on the queue, 70,000 assignments held about 170 MB of
                // the heap by the run's end and made every full collection longer
                jms.createConsumer(jms.createQueue("testbench.probe.assignments")).setMessageListener(message -> {
                });
                // H2 counts statements from the start or not at all: turned on just before the measured run, its counting
                // was new code in every statement's path, and the JIT compiled the hot paths again while the run was measured
                var database = JdbcClient.create(orchestrator.getBean(DataSource.class));
                if (STATEMENTS) {
                    database.sql("SET QUERY_STATISTICS_MAX_ENTRIES 500").update();
                    database.sql("SET QUERY_STATISTICS TRUE").update();
                }
                warmUp(client, inFlight, completed);
                var statements = STATEMENTS ? Statements.of(database) : null;
                double batchesBefore = outboxBatches();
                double groupsBefore = metric("testbench_provisioning_group_commit_works_count");
                double worksBefore = metric("testbench_provisioning_group_commit_works_sum");
                System.out.printf(Locale.ROOT, "Measuring %d orders%s (process %d)%n", orders, POST_ONLY ? ", POST only" : "",
                        ProcessHandle.current().pid());
                double yardstickBefore = yardstickMs();
                var threads = ThreadCpu.now();
                var scheduling = ThreadScheduling.now();
                long writtenBefore = bytesWritten();
                long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long collectingBefore = collectingMs();
                var result = run(client, orders, inFlight, completed);
                long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
                long collecting = collectingMs() - collectingBefore;
                var byThread = ThreadCpu.now().since(threads);
                var schedulingAfter = ThreadScheduling.now();
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
                schedulingAfter.printSince(scheduling, orders);
                System.out.printf(Locale.ROOT, "H2 file: %.0f MiB, its chunks %d %% live (H2's retention keeps every chunk of the last 45 s)%n",
                        h2Info(database, "info.FILE_SIZE") / 1024.0 / 1024, h2Info(database, "info.CHUNKS_FILL_RATE"));
                if (STATEMENTS) {
                    Statements.of(database).printSince(statements, orders);
                }
            }
        } finally {
            // a run leaves gigabytes of database file and journal behind
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static long h2Info(JdbcClient database, String name) {
        return database.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?").param(name)
                .query(Long.class).single();
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

    /** When each order completed, first come first kept, and a way to wait for it. */
    private static final class Completions {

        private final Map<String, CompletableFuture<Long>> at = new ConcurrentHashMap<>();

        void completed(String orderId) {
            of(orderId).complete(System.nanoTime());
        }

        /** When the order completed, once it has. */
        long await(String orderId) throws Exception {
            return of(orderId).get(10, TimeUnit.MINUTES);
        }

        private CompletableFuture<Long> of(String orderId) {
            return at.computeIfAbsent(orderId, id -> new CompletableFuture<>());
        }
    }

    /**
     * The orchestrator's HTTP client: a thread and a kept-alive connection for each order in flight,
     * the same for the warm-up and the run (so that the run counts the threads' CPU time and context switches).
     */
    private record Client(CloseableHttpClient http, String orders, ExecutorService threads) implements AutoCloseable {

        private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(UTF_8));

        static Client to(int port, int inFlight) {
            return new Client(HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(inFlight).setMaxConnPerRoute(inFlight).build()).build(),
                    "http://localhost:" + port + "/tmf-api/serviceOrdering/v4/serviceOrder",
                    Executors.newFixedThreadPool(inFlight, new CustomizableThreadFactory("benchmark-client-")));
        }

        /** Posts the n-th order: its id, or null (with the reason on stderr) when it was not created. */
        String post(int n) throws IOException {
            var post = new HttpPost(orders);
            post.setHeader("Authorization", AUTHORIZATION);
            post.setEntity(new StringEntity(order(n), ContentType.APPLICATION_JSON));
            return http.execute(post, response -> {
                String body = EntityUtils.toString(response.getEntity());
                if (response.getCode() != 201) {
                    System.err.println("POST failed: " + response.getCode() + " " + body);
                    return null;
                }
                return JSON.readTree(body).get("id").asString();
            });
        }

        @Override
        public void close() throws IOException {
            threads.shutdownNow();
            http.close();
        }
    }

    /**
     * Posts the orders from the client's threads, one per order in flight, each taking the next order
     * once its last one has completed (or, posting only, been created).
     */
    private static Result run(Client client, int orders, int inFlight, Completions completions) throws Exception {
        var next = new AtomicInteger();
        var latencies = new ConcurrentLinkedQueue<Double>();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        var last = new LongAccumulator(Math::max, start);
        var posting = new ArrayList<Future<?>>();
        for (int t = 0; t < inFlight; t++) {
            posting.add(client.threads().submit(() -> {
                for (int n = next.getAndIncrement(); n < orders; n = next.getAndIncrement()) {
                    try {
                        long sent = System.nanoTime();
                        String id = client.post(n);
                        if (id != null) {
                            long done = POST_ONLY ? System.nanoTime() : completions.await(id);
                            latencies.add((done - sent) / 1e6);
                            last.accumulate(done);
                        }
                    } catch (Exception e) {
                        System.err.println("Order " + n + " failed: " + e);
                    }
                }
            }));
        }
        for (var poster : posting) {
            poster.get(20, TimeUnit.MINUTES);
        }
        long cpu = processCpuNanos() - cpuBefore;
        return new Result(latencies.size() / ((last.get() - start) / 1e9), List.copyOf(latencies), cpu / 1e6 / Math.max(1, latencies.size()));
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

    private static String order(int n) {
        return """
                {"externalId": "bench-%d", "serviceOrderItem": [{"id": "1", "action": "add", "service": {
                  "serviceSpecification": {"id": "pon-bandwidth"},
                  "serviceCharacteristic": [{"name": "city", "value": "%s"},
                    {"name": "downstreamCirKbps", "value": 100}, {"name": "downstreamPirKbps", "value": 1000},
                    {"name": "upstreamCirKbps", "value": 100}, {"name": "upstreamPirKbps", "value": 1000}]}}]}
                """.formatted(n, CITIES.get(n % CITIES.size()));
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
