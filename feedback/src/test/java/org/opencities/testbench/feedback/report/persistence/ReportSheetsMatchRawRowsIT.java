package org.opencities.testbench.feedback.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.everywhere;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.optional;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.required;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.yesNo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.feedback.TestDatabases;
import org.opencities.testbench.feedback.TestStores;
import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.instrument.Instrument;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.ChoiceItem;
import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.InstrumentBlock;
import org.opencities.testbench.feedback.questionnaire.Languages;
import org.opencities.testbench.feedback.questionnaire.LikertItem;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.report.OpenDataRow;
import org.opencities.testbench.feedback.report.PilotReports;
import org.opencities.testbench.feedback.report.ReportFilter;
import org.opencities.testbench.feedback.report.ReportQueries;
import org.opencities.testbench.feedback.response.Response;
import org.opencities.testbench.feedback.response.ResponseStored;
import org.opencities.testbench.feedback.response.Responses;
import org.opencities.testbench.feedback.rights.TesterRecords;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports from the report sheets equal reports computed from the raw response rows, for generated
 * responses (a seeded generator: cities, languages, devices, platforms and segments, some missing,
 * times over 60 days, every kind of answer, a multiple choice and free text, two questionnaire
 * versions) under every kind of filter, before and after erasures and free-text retention, on H2
 * and on a real PostgreSQL. Half the sheets are written as a submission writes them (from the answers
 * in hand, by publishing {@code ResponseStored} after storing the response), the other half as the
 * start-up fill does (from the stored rows).
 */
class ReportSheetsMatchRawRowsIT {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final String[] CITIES = {"helsinki", "oulu", "berlin"};
    private static final String[] LANGUAGES = {"fi", "en", "de"};
    private static final String[] DEVICES = {"phone", "tablet", null};
    private static final String[] PLATFORMS = {"android", "ios", null};

    static Stream<Arguments> databasesAndSeeds() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2(), 2026L), Arguments.of("H2", TestDatabases.h2(), 7L),
                Arguments.of("PostgreSQL", TestDatabases.postgres(), 2026L),
                Arguments.of("PostgreSQL", TestDatabases.postgres(), 11L));
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("databasesAndSeeds")
    void givesTheReportsOfTheRawRowsBeforeAndAfterErasureAndRetention(String name, DataSource dataSource, long seed) {
        try (var stores = TestStores.on(dataSource)) {
            var random = new Random(seed);
            var pilot = new Pilot("pilot-" + UUID.randomUUID(), Set.of(CITIES), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1));
            stores.getBean(KnownPilots.class).remember(pilot);
            var first = questionnaire(QuestionnaireId.random(), 1);
            var second = questionnaire(first.id(), 2);
            var campaigns = List.of(campaign(stores, pilot, first), campaign(stores, pilot, second));
            var questionnaires = List.of(first, second);
            var stored = new ArrayList<Response>();
            for (int i = 0; i < 90; i++) {
                int version = random.nextInt(2);
                var response = response(campaigns.get(version), questionnaires.get(version), pilot.id(), random);
                stores.getBean(Responses.class).add(response);
                if (i % 2 == 0) {
                    stores.publishEvent(new ResponseStored(response));
                }
                stored.add(response);
            }
            assertThat(stores.getBean(JdbcReportSheets.class).fillMissing()).as("sheets the start-up fill wrote").isEqualTo(45);
            var fast = new PilotReports(stores.getBean(ReportQueries.class), 3);
            var raw = new PilotReports(new RawReportQueries(stores.getBean(JdbcClient.class), Set.of("cycles")), 3);
            var filters = filters(random);

            assertSameReports(fast, raw, pilot.id(), filters);
            var unfilteredBefore = fast.report(pilot.id(), ReportFilter.NONE, NOW);

            var records = stores.getBean(TesterRecords.class);
            var erased = stored.subList(0, 20);
            erased.forEach(response -> records.unlink(response.id().value(), Set.of("comment")));
            campaigns.forEach(campaign -> records.deleteFreeText(campaign.id().value(), Set.of("comment"), NOW));

            assertSameReports(fast, raw, pilot.id(), filters);
            assertThat(fast.report(pilot.id(), ReportFilter.NONE, NOW)).usingRecursiveComparison()
                    .as("erasure and retention keep every figure of the whole pilot").isEqualTo(unfilteredBefore);
            long erasedOnPhones = erased.stream().filter(response -> "phone".equals(response.device())).count();
            long phones = stored.stream().filter(response -> "phone".equals(response.device())).count();
            assertThat(fast.report(pilot.id(), new ReportFilter(null, null, "phone", null, null, null, null), NOW).responses())
                    .as("an erased response no longer tells its device").isEqualTo((int) (phones - erasedOnPhones));
        }
    }

    private static void assertSameReports(PilotReports fast, PilotReports raw, String pilotId, List<ReportFilter> filters) {
        for (var filter : filters) {
            var expected = raw.report(pilotId, filter, NOW);
            var actual = fast.report(pilotId, filter, NOW);
            assertThat(actual).as("report for %s", filter).usingRecursiveComparison()
                    .withComparatorForType(ReportSheetsMatchRawRowsIT::closeTo, Double.class).isEqualTo(expected);
            assertThat(actual.items()).extracting(item -> item.counts() == null ? null : List.copyOf(item.counts().keySet()))
                    .as("values in scale order for %s", filter)
                    .isEqualTo(expected.items().stream().map(item -> item.counts() == null ? null : List.copyOf(item.counts().keySet()))
                            .toList());
        }
        assertThat(fast.openData(pilotId)).map(ReportSheetsMatchRawRowsIT::rounded)
                .containsExactlyElementsOf(raw.openData(pilotId).stream().map(ReportSheetsMatchRawRowsIT::rounded).toList());
        assertThat(fast.openData(pilotId)).extracting(OpenDataRow::suppressed).contains(false);
    }

    /** The row with its figures to nine decimals: the two sides add the same numbers in different orders. */
    private static List<Object> rounded(OpenDataRow row) {
        return Arrays.asList(row.dimension(), row.value(), row.measure(), row.n(), rounded(row.mean()), rounded(row.lower()),
                rounded(row.upper()), row.promoters(), row.passives(), row.detractors(), row.suppressed());
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 1e9) / 1e9;
    }

    private static int closeTo(Double a, Double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) ? 0 : a.compareTo(b);
    }

    private static List<ReportFilter> filters(Random random) {
        var filters = new ArrayList<ReportFilter>();
        filters.add(ReportFilter.NONE);
        for (String city : CITIES) {
            filters.add(new ReportFilter(city, null, null, null, null, null, null));
        }
        filters.add(new ReportFilter(null, "fi", null, null, null, null, null));
        filters.add(new ReportFilter(null, null, "tablet", null, null, null, null));
        filters.add(new ReportFilter(null, null, null, "ios", null, null, null));
        filters.add(new ReportFilter(null, null, null, null, "oulu-pon1", null, null));
        filters.add(new ReportFilter("oulu", "en", null, null, null, null, null));
        for (int i = 0; i < 4; i++) {
            var from = NOW.minusSeconds(random.nextInt(60 * 86_400));
            var to = from.plusSeconds(1 + random.nextInt(30 * 86_400));
            filters.add(new ReportFilter(null, null, null, null, null, from, to));
            filters.add(new ReportFilter(CITIES[random.nextInt(CITIES.length)], null, null, null, null, from, null));
        }
        filters.add(new ReportFilter("berlin", "de", "phone", "android", null, NOW.minusSeconds(20 * 86_400), NOW));
        return filters;
    }

    private static Questionnaire questionnaire(QuestionnaireId id, int version) {
        var draft = Questionnaire.draft(id, everywhere("Report sheets"), Languages.SUPPORTED, List.of(
                new InstrumentBlock(required("sus"), Instrument.SUS), new InstrumentBlock(required("ueq-s"), Instrument.UEQ_S),
                new InstrumentBlock(required("nps"), Instrument.NPS), new InstrumentBlock(required("mos"), Instrument.MOS),
                yesNo(required("cycles")),
                new ChoiceItem(optional("uses"), everywhere("What for?"), List.of(
                        new ChoiceItem.Option("commute", everywhere("Commuting")),
                        new ChoiceItem.Option("leisure", everywhere("Leisure")),
                        new ChoiceItem.Option("errands", everywhere("Errands"))), true),
                new LikertItem(optional("comfort"), everywhere("The bike is comfortable"), 7),
                new FreeTextItem(optional("comment"), everywhere("Anything else?"), 200)));
        return (version == 1 ? draft : draft.publish(NOW.minus(Duration.ofDays(400))).nextDraft()).publish(NOW.minus(Duration.ofDays(300)));
    }

    private static Campaign campaign(AnnotationConfigApplicationContext stores, Pilot pilot, Questionnaire questionnaire) {
        stores.getBean(Questionnaires.class).add(questionnaire);
        var campaign = Campaign.plan(pilot, questionnaire, NOW.minus(Duration.ofDays(90)), NOW.plus(Duration.ofDays(30)),
                Duration.ZERO, Map.of(), "lab", NOW.minus(Duration.ofDays(90)));
        stores.getBean(Campaigns.class).add(campaign);
        return campaign;
    }

    private static Response response(Campaign campaign, Questionnaire questionnaire, String pilotId, Random random) {
        String city = CITIES[random.nextInt(CITIES.length)];
        var tester = new Tester("enrolment-" + UUID.randomUUID(), "tester-" + UUID.randomUUID(), pilotId, city,
                LANGUAGES[random.nextInt(LANGUAGES.length)], DEVICES[random.nextInt(DEVICES.length)],
                PLATFORMS[random.nextInt(PLATFORMS.length)], random.nextBoolean() ? city + "-pon" + random.nextInt(2) : null,
                List.of(new ConsentRecord("participation", 1)), "0".repeat(64), NOW.minus(Duration.ofDays(100)), null);
        var answers = new LinkedHashMap<String, Answer>();
        for (int i = 1; i <= 10; i++) {
            answers.put("sus-" + i, new Answer.Whole(1 + random.nextInt(5)));
        }
        for (int i = 1; i <= 8; i++) {
            answers.put("ueq-s-" + i, new Answer.Whole(random.nextInt(7) - 3));
        }
        answers.put("nps", new Answer.Whole(random.nextInt(11)));
        answers.put("mos", new Answer.Whole(1 + random.nextInt(5)));
        answers.put("cycles", new Answer.Words(random.nextBoolean() ? "yes" : "no"));
        var uses = Stream.of("errands", "commute", "leisure").filter(use -> random.nextInt(3) == 0)
                .sorted(Comparator.comparing(use -> random.nextInt())).toList();
        if (!uses.isEmpty()) {
            answers.put("uses", new Answer.Selection(uses));
        }
        if (random.nextBoolean()) {
            answers.put("comfort", new Answer.Whole(1 + random.nextInt(7)));
        }
        if (random.nextBoolean()) {
            answers.put("comment", new Answer.Words("yes " + random.nextInt(3)));
        }
        return Response.of(campaign, questionnaire, tester, tester.language(), answers,
                NOW.minusSeconds(random.nextInt(60 * 86_400)));
    }
}
