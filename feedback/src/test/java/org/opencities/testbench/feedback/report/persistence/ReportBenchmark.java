package org.opencities.testbench.feedback.report.persistence;

import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.everywhere;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.optional;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.required;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.yesNo;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.feedback.TestDatabases;
import org.opencities.testbench.feedback.instrument.Instrument;
import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.InstrumentBlock;
import org.opencities.testbench.feedback.questionnaire.Languages;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.report.PilotReports;
import org.opencities.testbench.feedback.report.ReportFilter;
import org.opencities.testbench.feedback.report.ReportQueries;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test: one pilot with 100,000 responses, each with 6 stored scores and 22 answers
 * (SUS, UEQ-S, NPS, MOS, a single choice and free text), spread over 3 cities, 4 languages, 3
 * devices, 3 platforms, 12 segments and 90 days, in an in-memory H2 database (PostgreSQL mode;
 * argument {@code h2}, the default) or a real PostgreSQL (argument {@code postgres}: the module's
 * {@link TestDatabases}), through the module's migrations. The responses are inserted as raw rows, so
 * their report sheets are written as for responses stored before sheets existed (timed). Then it
 * times the report as the API builds it (all responses; one city; one city, language and 30 days)
 * and the open-data export, each 3 times to warm up and 7 times measured, and prints the median, the
 * slowest and the CPU time of the process per run. Run it as docs/performance.md says.
 */
public final class ReportBenchmark {

    static final int RESPONSES = Integer.getInteger("responses", 100_000);
    static final int WARM_UP = 3;
    static final int MEASURED = 7;
    static final String PILOT = "pilot-bench";

    private static final String[] CITIES = {"helsinki", "oulu", "berlin"};
    private static final String[] LANGUAGES = {"fi", "en", "de", "sv"};
    private static final String[] DEVICES = {"phone", "tablet", "desktop"};
    private static final String[] PLATFORMS = {"android", "ios", "web"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        DataSource dataSource = postgres ? TestDatabases.postgres() : TestDatabases.h2();
        System.out.println("database: " + (postgres ? "PostgreSQL (embedded)" : "H2 in memory"));
        FeedbackModule.migrations(dataSource).migrate();
        var stores = new AnnotationConfigApplicationContext();
        stores.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        stores.registerBean(JsonMapper.class, () -> JsonMapper.builder().build());
        stores.scan("org.opencities.testbench.feedback.questionnaire.persistence",
                "org.opencities.testbench.feedback.report.persistence");
        stores.refresh();
        long start = System.nanoTime();
        generate(dataSource, stores.getBean(Questionnaires.class));
        System.out.printf(Locale.ROOT, "generated %,d responses in %.1f s%n", RESPONSES, (System.nanoTime() - start) / 1e9);
        long cpu = cpuNanos();
        start = System.nanoTime();
        int sheets = stores.getBean(JdbcReportSheets.class).fillMissing();
        System.out.printf(Locale.ROOT, "wrote %,d report sheets in %.1f s (%.1f s CPU)%n", sheets, (System.nanoTime() - start) / 1e9,
                (cpuNanos() - cpu) / 1e9);

        var reports = new PilotReports(stores.getBean(ReportQueries.class), 5);
        var now = Instant.now();
        var lastMonth = new ReportFilter("helsinki", "fi", null, null, null, now.minusSeconds(30L * 86_400), now);
        time("report, all responses", () -> reports.report(PILOT, ReportFilter.NONE, now).responses());
        time("report, one city", () -> reports.report(PILOT,
                new ReportFilter("oulu", null, null, null, null, null, null), now).responses());
        time("report, city + language + last 30 days", () -> reports.report(PILOT, lastMonth, now).responses());
        time("open-data export (5 breakdowns)", () -> reports.openData(PILOT).size());
    }

    /** CPU time of the whole process: the database runs in it too when it is H2. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void time(String what, Supplier<Integer> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        long[] millis = new long[MEASURED];
        Integer result = null;
        long cpu = cpuNanos();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            result = run.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long cpuPerRun = (cpuNanos() - cpu) / MEASURED / 1_000_000;
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-42s median %5d ms  slowest %5d ms  CPU %5d ms per run  (result %s)%n", what,
                millis[MEASURED / 2], millis[MEASURED - 1], cpuPerRun, result);
    }

    private static void generate(DataSource dataSource, Questionnaires questionnaires) throws SQLException {
        var random = new Random(2026);
        var published = Questionnaire.draft(QuestionnaireId.random(), everywhere("Report benchmark"), Languages.SUPPORTED, List.of(
                new InstrumentBlock(required("sus"), Instrument.SUS), new InstrumentBlock(required("ueq-s"), Instrument.UEQ_S),
                new InstrumentBlock(required("nps"), Instrument.NPS), new InstrumentBlock(required("mos"), Instrument.MOS),
                yesNo(required("cycles")), new FreeTextItem(optional("comment"), everywhere("Anything else?"), 200)))
                .publish(Instant.now());
        questionnaires.add(published);
        UUID questionnaire = published.id().value();
        UUID campaign = UUID.randomUUID();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO feedback.pilot (id, start_date, end_date, organisation_id) VALUES (:id, DATE '2026-01-01', DATE '2027-12-31', 'org')")
                .param("id", PILOT).update();
        jdbc.sql("""
                INSERT INTO feedback.campaign VALUES (:id, :pilot, :q, 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z',
                TIMESTAMP WITH TIME ZONE '2028-01-01 00:00:00Z', 0, 'bench', CURRENT_TIMESTAMP)""")
                .param("id", campaign).param("pilot", PILOT).param("q", questionnaire).update();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var responses = connection.prepareStatement("""
                    INSERT INTO feedback.response (id, campaign_id, pilot_id, questionnaire_id, version, tester, language, city,
                        device, platform, segment_code, submitted_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""");
                 var scores = connection.prepareStatement("INSERT INTO feedback.response_score VALUES (?, ?, ?)");
                 var answers = connection.prepareStatement("INSERT INTO feedback.response_answer VALUES (?, ?, 0, ?, ?, ?)")) {
                var now = OffsetDateTime.now(ZoneOffset.UTC);
                for (int r = 0; r < RESPONSES; r++) {
                    UUID id = UUID.randomUUID();
                    String city = CITIES[random.nextInt(CITIES.length)];
                    responses.setObject(1, id);
                    responses.setObject(2, campaign);
                    responses.setString(3, PILOT);
                    responses.setObject(4, questionnaire);
                    responses.setString(5, "tester-" + r);
                    responses.setString(6, LANGUAGES[random.nextInt(LANGUAGES.length)]);
                    responses.setString(7, city);
                    responses.setString(8, DEVICES[random.nextInt(DEVICES.length)]);
                    responses.setString(9, PLATFORMS[random.nextInt(PLATFORMS.length)]);
                    responses.setString(10, city + "-co1-olt1-pon" + random.nextInt(4));
                    responses.setObject(11, now.minusSeconds(random.nextInt(90 * 86_400)));
                    responses.addBatch();
                    answersOf(random, id, scores, answers);
                    if (r % 1_000 == 999) {
                        responses.executeBatch();
                        scores.executeBatch();
                        answers.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }

    private static void answersOf(Random random, UUID id, PreparedStatement scores, PreparedStatement answers)
            throws SQLException {
        int susSum = 0;
        for (int i = 1; i <= 10; i++) {
            int answer = 1 + random.nextInt(5);
            susSum += i % 2 == 1 ? answer - 1 : 5 - answer;
            whole(answers, id, "sus-" + i, answer);
        }
        double pragmatic = 0;
        double hedonic = 0;
        for (int i = 1; i <= 8; i++) {
            int answer = random.nextInt(7) - 3;
            if (i <= 4) {
                pragmatic += answer / 4.0;
            } else {
                hedonic += answer / 4.0;
            }
            whole(answers, id, "ueq-s-" + i, answer);
        }
        int nps = random.nextInt(11);
        int mos = 1 + random.nextInt(5);
        whole(answers, id, "nps", nps);
        whole(answers, id, "mos", mos);
        words(answers, id, "cycles", random.nextBoolean() ? "yes" : "no");
        words(answers, id, "comment", "free text " + random.nextInt(1_000_000));
        for (var score : List.of(List.of("sus", susSum * 2.5), List.of("ueq-s.pragmatic", pragmatic),
                List.of("ueq-s.hedonic", hedonic), List.of("ueq-s.overall", (pragmatic + hedonic) / 2),
                List.of("nps", (double) nps), List.of("mos", (double) mos))) {
            scores.setObject(1, id);
            scores.setString(2, (String) score.get(0));
            scores.setDouble(3, (Double) score.get(1));
            scores.addBatch();
        }
    }

    private static void whole(PreparedStatement answers, UUID id, String key, int value) throws SQLException {
        answers.setObject(1, id);
        answers.setString(2, key);
        answers.setString(3, "whole");
        answers.setInt(4, value);
        answers.setNull(5, Types.VARCHAR);
        answers.addBatch();
    }

    private static void words(PreparedStatement answers, UUID id, String key, String text) throws SQLException {
        answers.setObject(1, id);
        answers.setString(2, key);
        answers.setString(3, "words");
        answers.setNull(4, Types.INTEGER);
        answers.setString(5, text);
        answers.addBatch();
    }
}
