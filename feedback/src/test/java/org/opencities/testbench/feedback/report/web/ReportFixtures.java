package org.opencities.testbench.feedback.report.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * A pilot of {@code org-velo} in Helsinki and Oulu with a campaign asking all four instruments, a
 * single choice and free text, and testers who answer it through the API: the hand-computed cases
 * of the report tests.
 */
final class ReportFixtures {

    static final String QUESTIONNAIRE = """
            {"title": {"en": "City bike pilot", "fi": "Kaupunkipyöräpilotti"},
             "languages": ["en", "fi"],
             "items": [
               {"kind": "instrument", "instrument": "sus"},
               {"kind": "instrument", "instrument": "ueq-s"},
               {"kind": "instrument", "instrument": "nps"},
               {"kind": "instrument", "instrument": "mos"},
               {"kind": "single-choice", "key": "cycles", "text": {"en": "Do you cycle?", "fi": "Pyöräiletkö?"},
                "options": [{"value": "yes", "label": {"en": "Yes", "fi": "Kyllä"}},
                            {"value": "no", "label": {"en": "No", "fi": "En"}}]},
               {"kind": "free-text", "key": "comment", "required": false, "text": {"en": "Anything else?", "fi": "Muuta?"}}]}""";

    private final MockMvc mvc;
    private final KnownPilots pilots;
    private final Testers testers;

    ReportFixtures(MockMvc mvc, KnownPilots pilots, Testers testers) {
        this.mvc = mvc;
        this.pilots = pilots;
        this.testers = testers;
    }

    /** A pilot of org-velo in Helsinki and Oulu with a campaign open now; returns the campaign's id. */
    String pilotWithCampaign(String pilotId) throws Exception {
        pilots.remember(new Pilot(pilotId, Set.of("helsinki", "oulu"), LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1), "org-velo"));
        String questionnaire = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(QUESTIONNAIRE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", questionnaire).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        return JsonPath.read(mvc.perform(post("/api/v1/campaigns").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"%s\", \"questionnaireId\": \"%s\", \"version\": 1}".formatted(pilotId, questionnaire)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    /**
     * A tester of the pilot in the city, on the device, answers in the language: the SUS items with
     * {@code odd} for items 1, 3, 5, 7, 9 and {@code even} for the others, UEQ-S items 1-4 with
     * {@code pragmatic} and 5-8 with {@code hedonic}, then NPS, MOS, the choice and a comment.
     */
    void answer(String pilotId, String campaignId, String city, String device, String language, int odd, List<Integer> even,
            int pragmatic, int hedonic, int nps, int mos, String cycles, String comment) throws Exception {
        String token = UUID.randomUUID().toString();
        testers.enrol(new Tester("enrolment-" + UUID.randomUUID(), "tester-" + UUID.randomUUID().toString().substring(0, 8),
                pilotId, city, language, device, "android", city + "-co1-olt1-pon1", List.of(new ConsentRecord("participation", 1)),
                TesterToken.sha256(token), Instant.now().minusSeconds(86_400), null));
        String sus = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> "\"sus-%d\": %d".formatted(i, i % 2 == 1 ? odd : even.get(i / 2 - 1)))
                .collect(Collectors.joining(", "));
        String ueq = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "\"ueq-s-%d\": %d".formatted(i, i <= 4 ? pragmatic : hedonic))
                .collect(Collectors.joining(", "));
        mvc.perform(post("/api/v1/campaigns/{id}/responses", campaignId).header("X-Tester-Token", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"language": "%s", "answers": {%s, %s, "nps": %d, "mos": %d, "cycles": "%s", "comment": "%s"}}"""
                                .formatted(language, sus, ueq, nps, mos, cycles, comment)))
                .andExpect(status().isCreated());
    }
}
