package org.opencities.testbench.feedback;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Steps the data-rights, reminder and QoE/QoS tests share: a pilot in Helsinki, a published
 * questionnaire with SUS, NPS and a free-text comment, campaigns, enrolled testers and their answers.
 */
public final class FeedbackFixtures {

    public static final String QUESTIONNAIRE = """
            {"title": {"en": "City bike pilot", "fi": "Kaupunkipyörä"}, "languages": ["en", "fi"],
             "items": [
               {"kind": "instrument", "instrument": "sus"},
               {"kind": "instrument", "instrument": "nps"},
               {"kind": "single-choice", "key": "cycles", "required": false, "text": {"en": "Do you cycle?", "fi": "Pyöräiletkö?"},
                "options": [{"value": "yes", "label": {"en": "Yes", "fi": "Kyllä"}}, {"value": "no", "label": {"en": "No", "fi": "En"}}]},
               {"kind": "free-text", "key": "comment", "required": false, "text": {"en": "Anything else?", "fi": "Muuta?"}}]}""";

    /** SUS answers scoring 75. */
    public static final String SUS_75 = "\"sus-1\": 4, \"sus-2\": 2, \"sus-3\": 4, \"sus-4\": 2, \"sus-5\": 4, \"sus-6\": 2, "
            + "\"sus-7\": 4, \"sus-8\": 2, \"sus-9\": 4, \"sus-10\": 2";

    private final MockMvc mvc;
    private final KnownPilots pilots;
    private final Testers testers;

    public FeedbackFixtures(MockMvc mvc, KnownPilots pilots, Testers testers) {
        this.mvc = mvc;
        this.pilots = pilots;
        this.testers = testers;
    }

    /** A new pilot in Helsinki and Oulu, running from a year ago to a year ahead. */
    public String pilot() {
        String id = "pilot-" + UUID.randomUUID();
        pilots.remember(new Pilot(id, Set.of("helsinki", "oulu"), LocalDate.now().minusYears(1), LocalDate.now().plusYears(1),
                "org-velo"));
        return id;
    }

    /** A tester of the pilot in Helsinki, enrolled at the time with the consents given; returns the enrolment. */
    public Tester tester(String pilotId, String segmentCode, Instant enrolledAt, String... consents) {
        return tester(pilotId, UUID.randomUUID().toString(), segmentCode, enrolledAt, consents);
    }

    /** As {@link #tester(String, String, Instant, String...)} with a chosen personal token. */
    public Tester tester(String pilotId, String token, String segmentCode, Instant enrolledAt, String... consents) {
        var tester = new Tester("enrolment-" + UUID.randomUUID(), "tester-" + UUID.randomUUID().toString().substring(0, 13),
                pilotId, "helsinki", "fi", "phone", "android", segmentCode,
                Arrays.stream(consents).map(purpose -> new ConsentRecord(purpose, 1)).toList(), TesterToken.sha256(token),
                enrolledAt, null);
        testers.enrol(tester);
        return tester;
    }

    /** Writes and publishes {@link #QUESTIONNAIRE} as the administrator; returns its id. */
    public String questionnaire() throws Exception {
        String id = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(QUESTIONNAIRE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        return id;
    }

    /** A campaign of the questionnaire for the pilot, planned by the administrator with extra JSON fields. */
    public String campaign(String pilotId, String questionnaireId, String extraFields) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/campaigns").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"%s\", \"questionnaireId\": \"%s\", \"version\": 1%s}"
                                .formatted(pilotId, questionnaireId, extraFields.isEmpty() ? "" : ", " + extraFields)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    public ResultActions submit(String campaignId, String token, String answers) throws Exception {
        return mvc.perform(post("/api/v1/campaigns/{id}/responses", campaignId).header("X-Tester-Token", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fi\", \"answers\": {%s}}".formatted(answers)));
    }

    public ResultActions saveDraft(String campaignId, String token, String answers) throws Exception {
        return mvc.perform(put("/api/v1/campaigns/{id}/responses/draft", campaignId).header("X-Tester-Token", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fi\", \"answers\": {%s}}".formatted(answers)));
    }
}
