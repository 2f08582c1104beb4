package org.opencities.testbench.feedback.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports against real H2, with figures worked out by hand from five responses (minimum 3 answers):
 *
 * <pre>
 * tester  city      device  lang  SUS  UEQ-S prag/hed  NPS  MOS  cycles
 * 1       helsinki  phone   fi     75        2 /  1     10    5   yes
 * 2       helsinki  phone   fi     50        0 /  0      9    4   yes
 * 3       helsinki  tablet  en    100        3 /  3      7    4   no
 * 4       helsinki  phone   en     85        1 / -1      3    3   yes
 * 5       oulu      phone   fi     60       -2 /  2      6    2   no
 * </pre>
 */
@SpringBootTest(classes = FeedbackTestApplication.class, properties = "testbench.feedback.reports.minimum-answers=3")
@AutoConfigureMockMvc
class ReportApiIT {

    private static final double T_2 = 4.3027;
    private static final double T_3 = 3.1824;
    private static final double T_4 = 2.7764;
    private static final double CLOSE = 1e-3;

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;

    String pilot;

    @BeforeEach
    void fiveResponses() throws Exception {
        var fixtures = new ReportFixtures(mvc, pilots, testers);
        pilot = "pilot-" + UUID.randomUUID();
        String campaign = fixtures.pilotWithCampaign(pilot);
        fixtures.answer(pilot, campaign, "helsinki", "phone", "fi", 4, List.of(2, 2, 2, 2, 2), 2, 1, 10, 5, "yes", "Hyvä, \\\"nopea\\\"");
        fixtures.answer(pilot, campaign, "helsinki", "phone", "fi", 3, List.of(3, 3, 3, 3, 3), 0, 0, 9, 4, "yes", "secret remark");
        fixtures.answer(pilot, campaign, "helsinki", "tablet", "en", 5, List.of(1, 1, 1, 1, 1), 3, 3, 7, 4, "no", "fine");
        fixtures.answer(pilot, campaign, "helsinki", "phone", "en", 5, List.of(2, 2, 2, 2, 3), 1, -1, 3, 3, "yes", "slow");
        fixtures.answer(pilot, campaign, "oulu", "phone", "fi", 4, List.of(3, 3, 3, 3, 4), -2, 2, 6, 2, "no", "cold");
    }

    @Test
    void reportsEveryScoreWithItsIntervalAndN() throws Exception {
        // SUS 75, 50, 100, 85, 60: mean 74, sample variance (1 + 576 + 676 + 121 + 196) / 4 = 392.5.
        double susHalf = T_4 * Math.sqrt(392.5 / 5);
        // Pragmatic 2, 0, 3, 1, -2: mean 0.8, variance (1.44 + 0.64 + 4.84 + 0.04 + 7.84) / 4 = 3.7.
        double pragmaticHalf = T_4 * Math.sqrt(3.7 / 5);
        // Hedonic 1, 0, 3, -1, 2: mean 1, variance (0 + 1 + 4 + 4 + 1) / 4 = 2.5.
        double hedonicHalf = T_4 * Math.sqrt(2.5 / 5);
        // MOS 5, 4, 4, 3, 2: mean 3.6, variance (1.96 + 0.16 + 0.16 + 0.36 + 2.56) / 4 = 1.3.
        double mosHalf = T_4 * Math.sqrt(1.3 / 5);
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).with(httpBasic("sme-velo", "sme")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(5))
                .andExpect(jsonPath("$.tooFewAnswers").value(false))
                .andExpect(jsonPath("$.minimumAnswers").value(3))
                .andExpect(jsonPath("$.sus.n").value(5))
                .andExpect(jsonPath("$.sus.mean").value(closeTo(74.0, CLOSE), Double.class))
                .andExpect(jsonPath("$.sus.lower").value(closeTo(74.0 - susHalf, CLOSE), Double.class))
                .andExpect(jsonPath("$.sus.upper").value(closeTo(74.0 + susHalf, CLOSE), Double.class))
                .andExpect(jsonPath("$.susBenchmark").value(68.0))
                .andExpect(jsonPath("$.ueqS.pragmatic.mean").value(closeTo(0.8, CLOSE), Double.class))
                .andExpect(jsonPath("$.ueqS.pragmatic.upper").value(closeTo(0.8 + pragmaticHalf, CLOSE), Double.class))
                .andExpect(jsonPath("$.ueqS.hedonic.mean").value(closeTo(1.0, CLOSE), Double.class))
                .andExpect(jsonPath("$.ueqS.hedonic.lower").value(closeTo(1.0 - hedonicHalf, CLOSE), Double.class))
                // Overall 1.5, 0, 3, 0, 0.
                .andExpect(jsonPath("$.ueqS.overall.mean").value(closeTo(0.9, CLOSE), Double.class))
                .andExpect(jsonPath("$.ueqS.overall.n").value(5))
                .andExpect(jsonPath("$.nps.n").value(5))
                .andExpect(jsonPath("$.nps.promoters").value(2))
                .andExpect(jsonPath("$.nps.passives").value(1))
                .andExpect(jsonPath("$.nps.detractors").value(2))
                .andExpect(jsonPath("$.nps.score").value(closeTo(0.0, CLOSE), Double.class))
                .andExpect(jsonPath("$.mos.mean").value(closeTo(3.6, CLOSE), Double.class))
                .andExpect(jsonPath("$.mos.lower").value(closeTo(3.6 - mosHalf, CLOSE), Double.class))
                .andExpect(jsonPath("$.items[?(@.key == 'cycles')].counts.yes").value(3))
                .andExpect(jsonPath("$.items[?(@.key == 'cycles')].counts.no").value(2))
                .andExpect(jsonPath("$.items[?(@.key == 'cycles')].n").value(5))
                .andExpect(jsonPath("$.items[?(@.key == 'mos')].counts.4").value(2))
                .andExpect(jsonPath("$.items[?(@.key == 'sus-2')].counts.2").value(2))
                .andExpect(jsonPath("$.items[?(@.key == 'comment')]").isEmpty())
                .andExpect(content().string(not(containsString("secret remark"))))
                .andExpect(content().string(not(containsString("tester-"))));
    }

    @Test
    void filtersByCityLanguageDeviceAndTime() throws Exception {
        // Helsinki: SUS 75, 50, 100, 85, mean 77.5, variance (6.25 + 756.25 + 506.25 + 56.25) / 3; NPS (2 - 1) / 4.
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("city", "helsinki").with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.city").value("helsinki"))
                .andExpect(jsonPath("$.responses").value(4))
                .andExpect(jsonPath("$.sus.mean").value(closeTo(77.5, CLOSE), Double.class))
                .andExpect(jsonPath("$.sus.upper").value(closeTo(77.5 + T_3 * Math.sqrt(1325.0 / 3 / 4), CLOSE), Double.class))
                .andExpect(jsonPath("$.nps.score").value(closeTo(25.0, CLOSE), Double.class));
        // Finnish answers: SUS 75, 50, 60.
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("language", "fi").with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.responses").value(3))
                .andExpect(jsonPath("$.sus.mean").value(closeTo(185.0 / 3, CLOSE), Double.class));
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("device", "phone").param("platform", "android")
                        .param("from", LocalDate.now().minusDays(1).toString()).param("to", LocalDate.now().plusDays(1).toString())
                        .with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.responses").value(4))
                .andExpect(jsonPath("$.sus.mean").value(closeTo(67.5, CLOSE), Double.class));
    }

    @Test
    void saysTooFewAnswersBelowTheMinimumWithoutAnyFigure() throws Exception {
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("city", "oulu").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tooFewAnswers").value(true))
                .andExpect(jsonPath("$.responses").value(nullValue()))
                .andExpect(jsonPath("$.sus.tooFewAnswers").value(true))
                .andExpect(jsonPath("$.sus.mean").value(nullValue()))
                .andExpect(jsonPath("$.nps.promoters").value(nullValue()))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("from", LocalDate.now().plusDays(1).toString())
                        .with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.tooFewAnswers").value(true));
    }

    @Test
    void exportsTheReportAsCsvAndJson() throws Exception {
        var csv = mvc.perform(get("/api/v1/pilots/{id}/report/export", pilot).param("city", "helsinki")
                        .with(httpBasic("sme-velo", "sme")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("report-" + pilot + ".csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).first().isEqualTo(ReportCsv.REPORT_HEADER);
        assertThat(csv.lines()).contains("responses,,4,,,,,false", "sus.benchmark,,,68.0000,,,,false",
                "nps,,4,25.0000,,,,false", "nps.promoters,,,,,,2,false", "item.cycles,yes,4,,,,3,false",
                "item.cycles,no,4,,,,1,false");
        assertThat(csv).doesNotContain("nopea", "secret remark", "tester-");

        mvc.perform(get("/api/v1/pilots/{id}/report/export", pilot).param("format", "json").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".json")))
                .andExpect(jsonPath("$.sus.mean").value(closeTo(74.0, CLOSE), Double.class));
    }

    @Test
    void publishesOpenDataWithSmallCellsSuppressed() throws Exception {
        var csv = mvc.perform(get("/api/v1/pilots/{id}/report/open-data", pilot).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).first().isEqualTo(ReportCsv.OPEN_DATA_HEADER);
        assertThat(csv.lines()).contains(
                "all,,sus,5,74.0000,%.4f,%.4f,,,,false".formatted(74 - T_4 * Math.sqrt(392.5 / 5), 74 + T_4 * Math.sqrt(392.5 / 5)),
                "all,,nps,5,0.0000,,,2,1,2,false",
                "city,helsinki,sus,4,77.5000,%.4f,%.4f,,,,false".formatted(77.5 - T_3 * Math.sqrt(1325.0 / 12),
                        77.5 + T_3 * Math.sqrt(1325.0 / 12)),
                "city,oulu,sus,,,,,,,,true", "city,oulu,nps,,,,,,,,true",
                "language,en,mos,,,,,,,,true", "language,fi,mos,3,3.6667,%.4f,%.4f,,,,false".formatted(
                        11.0 / 3 - T_2 * Math.sqrt((16.0 / 9 + 1.0 / 9 + 25.0 / 9) / 2 / 3),
                        11.0 / 3 + T_2 * Math.sqrt((16.0 / 9 + 1.0 / 9 + 25.0 / 9) / 2 / 3)),
                "device,tablet,sus,,,,,,,,true", "platform,android,ueq-s.hedonic,5,1.0000,%.4f,%.4f,,,,false".formatted(
                        1 - T_4 * Math.sqrt(0.5), 1 + T_4 * Math.sqrt(0.5)));
        assertThat(csv).doesNotContain("tester-", "secret remark", "pon1", "cycles");

        mvc.perform(get("/api/v1/pilots/{id}/report/open-data", pilot).param("format", "json").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minimumAnswers").value(3))
                .andExpect(jsonPath("$.cells[?(@.dimension == 'city' && @.value == 'oulu' && @.measure == 'sus')].n")
                        .value(contains(nullValue())));
    }

    @Test
    void drawsTheReportPageWithBarsIntervalsAndTheBenchmarkForThePilotsSme() throws Exception {
        mvc.perform(get("/feedback/pilots/{id}/report", pilot).param("city", "helsinki").header("Accept-Language", "de")
                        .with(httpBasic("sme-velo", "sme")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"de\""), containsString("Antworten: 4"),
                        containsString("<svg"), containsString("class=\"benchmark\" x1=\"68.00\""),
                        // SUS bar from 0 to 77.5; whisker from 44.06 to the end of the scale.
                        containsString("x=\"0.00\" y=\"2\" width=\"77.50\""), containsString("x1=\"44.06\" x2=\"100.00\""),
                        containsString("id=\"nps-promoters\">2<"),
                        containsString("/api/v1/pilots/" + pilot + "/report/export?format=csv&amp;city=helsinki"),
                        not(containsString("secret remark")))));
        mvc.perform(get("/feedback/pilots/{id}/report", pilot).param("city", "oulu").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"too-few\"")));
        mvc.perform(get("/feedback/pilots/{id}/report", pilot).with(httpBasic("operator", "operator")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/feedback/pilots/{id}/report", pilot)).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "{0} reading the report: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            admin       | admin    | 200
            lab-helsinki| lab      | 200
            sme-velo    | sme      | 200
            lab-berlin  | lab      | 403
            sme-other   | sme      | 403
            sme         | sme      | 403
            operator    | operator | 403""")
    void letsAdministratorsTheCitysLabAndThePilotsSmeReadTheReport(String user, String password, int status) throws Exception {
        var result = mvc.perform(get("/api/v1/pilots/{id}/report", pilot).with(httpBasic(user, password)))
                .andExpect(status().is(status));
        if (status == 403) {
            result.andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.errors[0].field").value("pilotId"));
        }
        mvc.perform(get("/api/v1/pilots/{id}/report/open-data", pilot).with(httpBasic(user, password)))
                .andExpect(status().is(status));
    }

    @Test
    void refusesStrangersUnknownPilotsAndBadFilters() throws Exception {
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/pilots/{id}/report", "pilot-unknown").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("from", "yesterday").param("language", "xx")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].reason").value(
                        contains(containsString("ISO-8601"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'language')]").isNotEmpty());
        mvc.perform(get("/api/v1/pilots/{id}/report", pilot).param("from", "2027-02-01").param("to", "2027-01-01")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/pilots/{id}/report/export", pilot).param("format", "xlsx").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
