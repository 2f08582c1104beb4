package org.opencities.testbench.feedback.questionnaire.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class QuestionnaireApiIT {

    /** Swedish is a target language, but the Likert item and the second option have no Swedish text. */
    static final String UNTRANSLATED = """
            {"title": {"en": "Pilot", "fi": "Pilotti", "sv": "Pilot"},
             "languages": ["en", "fi", "sv"],
             "items": [
               {"kind": "instrument", "instrument": "ueq-s"},
               {"kind": "likert", "key": "easy", "points": 5, "text": {"en": "Easy", "fi": "Helppo"}},
               {"kind": "multiple-choice", "key": "when", "text": {"en": "When?", "fi": "Milloin?", "sv": "När?"},
                "options": [{"value": "day", "label": {"en": "Day", "fi": "Päivä", "sv": "Dag"}},
                            {"value": "night", "label": {"en": "Night", "fi": "Yö"}}]}]}""";

    @Autowired
    MockMvc mvc;

    @Test
    void refusesToPublishNamingEachMissingLanguageAndItem() throws Exception {
        String id = create(UNTRANSLATED);

        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'items.easy.text')].reason").value(hasItem("no translation in 'sv'")))
                .andExpect(jsonPath("$.errors[?(@.field == 'items.when.options.night')].reason")
                        .value(hasItem("no translation in 'sv'")));
        version(id, 1).andExpect(jsonPath("$.status").value("draft"));
    }

    @Test
    void publishesOnceTranslatedAndThenNeverChangesTheVersion() throws Exception {
        String id = create(UNTRANSLATED);
        String translated = UNTRANSLATED.replace("\"fi\": \"Helppo\"", "\"fi\": \"Helppo\", \"sv\": \"Lätt\"")
                .replace("\"fi\": \"Yö\"", "\"fi\": \"Yö\", \"sv\": \"Natt\"");
        mvc.perform(put("/api/v1/questionnaires/{id}/versions/1", id).with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content(translated))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"));

        mvc.perform(put("/api/v1/questionnaires/{id}/versions/1", id).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(translated.replace("Lätt", "Enkel")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail").value(containsString("create version 2")));
        version(id, 1).andExpect(jsonPath("$.items[1].text.sv").value("Lätt"));

        mvc.perform(post("/api/v1/questionnaires/{id}/versions", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/questionnaires/%s/versions/2".formatted(id)))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.items[0].instrument").value("ueq-s"));
        mvc.perform(post("/api/v1/questionnaires/{id}/versions", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isConflict());
    }

    @Test
    void refusesMalformedQuestionnairesNamingTheItem() throws Exception {
        mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": {"en": "x"}, "languages": ["en", "xx"], "items": [
                                  {"kind": "likert", "key": "a", "points": 6, "text": {"en": "A"}},
                                  {"kind": "instrument", "instrument": "attrakdiff"},
                                  {"kind": "slider", "key": "c"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0]"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("5 or 7")))
                .andExpect(jsonPath("$.errors[1].field").value("items[1]"))
                .andExpect(jsonPath("$.errors[2].reason").value(containsString("unknown kind 'slider'")));
        mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"en\": \"x\"}, \"languages\": [\"en\", \"xx\"], \"items\": [{\"kind\": \"instrument\", \"instrument\": \"nps\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("languages"));
        mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": {"en": "x"}, "languages": ["en"], "items": [
                                  {"kind": "single-choice", "key": "a", "text": {"en": "A"}, "options": [{"label": {"en": "Yes"}}, null]},
                                  {"kind": "likert", "key": "b", "points": 5, "text": {"en": null}},
                                  {"kind": "likert", "key": "c", "points": 5, "text": {"en": "C"}, "showIf": {"answerKey": "b", "values": [null]}}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0]"))
                .andExpect(jsonPath("$.errors[0].reason").value("options[0].value is required"))
                .andExpect(jsonPath("$.errors[1].reason").value(containsString("'en' text is blank")))
                .andExpect(jsonPath("$.errors[2].reason").value(containsString("must not contain null")));
    }

    @Test
    void letsOnlyAdministratorsAndLabManagersWriteQuestionnaires() throws Exception {
        mvc.perform(post("/api/v1/questionnaires").contentType(MediaType.APPLICATION_JSON).content(UNTRANSLATED))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/questionnaires").with(httpBasic("sme", "sme")).contentType(MediaType.APPLICATION_JSON)
                        .content(UNTRANSLATED))
                .andExpect(status().isForbidden());
    }

    private String create(String content) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(content))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions version(String id, int version) throws Exception {
        return mvc.perform(get("/api/v1/questionnaires/{id}/versions/{v}", id, version).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
    }
}
