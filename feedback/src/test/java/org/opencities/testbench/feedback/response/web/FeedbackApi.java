package org.opencities.testbench.feedback.response.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/** Steps the API tests share: a questionnaire written and published, a campaign, testers and their requests. */
final class FeedbackApi {

    /** Version 1 in English and Finnish: SUS, NPS, "do you cycle?", a 7-point item only for cyclists, a comment. */
    static final String QUESTIONNAIRE = """
            {"title": {"en": "City bike pilot", "fi": "Kaupunkipyöräpilotti"},
             "languages": ["en", "fi"],
             "items": [
               {"kind": "instrument", "instrument": "sus"},
               {"kind": "instrument", "instrument": "nps"},
               {"kind": "single-choice", "key": "cycles", "text": {"en": "Do you cycle?", "fi": "Pyöräiletkö?"},
                "options": [{"value": "yes", "label": {"en": "Yes", "fi": "Kyllä"}},
                            {"value": "no", "label": {"en": "No", "fi": "En"}}]},
               {"kind": "likert", "key": "bike-comfort", "points": 7, "showIf": {"answerKey": "cycles", "values": ["yes"]},
                "text": {"en": "The bike is comfortable", "fi": "Pyörä on mukava"}, "help": {"en": "Think of your last ride"}},
               {"kind": "free-text", "key": "comment", "required": false, "maxLength": 500,
                "text": {"en": "Anything else?", "fi": "Muuta?"}}]}""";

    static final String SUS_75 = "\"sus-1\": 4, \"sus-2\": 2, \"sus-3\": 4, \"sus-4\": 2, \"sus-5\": 4, \"sus-6\": 2, "
            + "\"sus-7\": 4, \"sus-8\": 2, \"sus-9\": 4, \"sus-10\": 2";

    private final MockMvc mvc;
    private final KnownPilots pilots;
    private final Testers testers;

    FeedbackApi(MockMvc mvc, KnownPilots pilots, Testers testers) {
        this.mvc = mvc;
        this.pilots = pilots;
        this.testers = testers;
    }

    /** A new pilot in Helsinki and Oulu, running from yesterday's year to next year. */
    String pilot() {
        String id = "pilot-" + UUID.randomUUID();
        pilots.remember(new Pilot(id, Set.of("helsinki", "oulu"), LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1)));
        return id;
    }

    /** A tester enrolled in the pilot a day ago in the city; returns their personal token. */
    String tester(String pilotId, String city) {
        String token = UUID.randomUUID().toString();
        testers.enrol(new Tester("enrolment-" + UUID.randomUUID(), "tester-" + UUID.randomUUID().toString().substring(0, 8),
                pilotId, city, "fi", "phone", "android", "helsinki-co1-olt1-pon1",
                List.of(new ConsentRecord("participation", 1)), TesterToken.sha256(token),
                Instant.now().minusSeconds(86_400), null));
        return token;
    }

    /** Writes and publishes {@link #QUESTIONNAIRE} as the administrator; returns its id. */
    String publishedQuestionnaire() throws Exception {
        String id = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(QUESTIONNAIRE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        return id;
    }

    /** Plans a campaign as Helsinki's lab manager with the extra JSON fields given; returns its id. */
    String campaign(String pilotId, String questionnaireId, String extraFields) throws Exception {
        return JsonPath.read(planCampaign("lab-helsinki", pilotId, questionnaireId, extraFields)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions planCampaign(String user, String pilotId, String questionnaireId, String extraFields) throws Exception {
        return mvc.perform(post("/api/v1/campaigns").with(httpBasic(user, user.equals("admin") ? "admin" : "lab"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"pilotId": "%s", "questionnaireId": "%s", "version": 1 %s}"""
                        .formatted(pilotId, questionnaireId, extraFields.isEmpty() ? "" : ", " + extraFields)));
    }

    ResultActions submit(String campaignId, String token, String language, String answers) throws Exception {
        return mvc.perform(post("/api/v1/campaigns/{id}/responses", campaignId).header("X-Tester-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\": \"%s\", \"answers\": {%s}}".formatted(language, answers)));
    }

    ResultActions saveDraft(String campaignId, String token, String answers) throws Exception {
        return mvc.perform(put("/api/v1/campaigns/{id}/responses/draft", campaignId).header("X-Tester-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\": \"fi\", \"answers\": {%s}}".formatted(answers)));
    }

    ResultActions draft(String campaignId, String token) throws Exception {
        return mvc.perform(get("/api/v1/campaigns/{id}/responses/draft", campaignId).header("X-Tester-Token", token));
    }
}
