package org.opencities.testbench.feedback.instrument.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class InstrumentApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void listsInstrumentsPageByPageWithTotals() throws Exception {
        mvc.perform(get("/api/v1/instruments").param("offset", "1").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(header().string("X-Result-Count", "2"))
                .andExpect(jsonPath("$.items[0].code").value("ueq-s"))
                .andExpect(jsonPath("$.items[0].scaleMin").value(-3))
                .andExpect(jsonPath("$.items[1].code").value("nps"))
                .andExpect(jsonPath("$.items[1].answers").value("one-per-respondent"));
    }

    @Test
    void showsOneInstrumentWithItsScale() throws Exception {
        mvc.perform(get("/api/v1/instruments/sus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("System Usability Scale"))
                .andExpect(jsonPath("$.items").value(10))
                .andExpect(jsonPath("$.scaleMax").value(5));
    }

    @Test
    void answersUnknownInstrumentWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/instruments/attrakdiff"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("attrakdiff")));
    }

    @Test
    void scoresSusAnswersWithoutSigningIn() throws Exception {
        score("sus", "[4, 2, 4, 2, 4, 2, 4, 2, 4, 2]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instrument").value("sus"))
                .andExpect(jsonPath("$.answers").value(10))
                .andExpect(jsonPath("$.score.score").value(75.0));
    }

    @Test
    void scoresUeqsScalesWithTheirEvaluation() throws Exception {
        score("ueq-s", "[2, 1, 3, 2, 0, -1, 1, 2]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score.pragmatic.mean").value(2.0))
                .andExpect(jsonPath("$.score.hedonic.evaluation").value("NEUTRAL"));
    }

    @Test
    void refusesScoringWithoutAnswersNamingTheField() throws Exception {
        score("sus", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("answers"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("between 1")));
    }

    @Test
    void refusesANullAnswerNamingItsPosition() throws Exception {
        score("nps", "[10, null, 7]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[1]"));
    }

    @Test
    void refusesAPageLimitOutOfRangeNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/instruments").param("limit", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void answersAnAnswerOffTheScaleWithUnprocessableContent() throws Exception {
        score("sus", "[4, 2, 6, 2, 4, 2, 4, 2, 4, 2]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instrument").value("sus"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("item 3"), containsString("1 to 5"))));
    }

    @Test
    void showsTheInstrumentPageInTheChosenLanguage() throws Exception {
        mvc.perform(get("/feedback/instruments").header("Accept-Language", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vakiintuneet palautemittarit")))
                .andExpect(content().string(containsString("Käytettävyysasteikko (SUS)")))
                .andExpect(content().string(containsString("10 väittämää")))
                .andExpect(content().string(containsString("Vastausasteikko 1…5")))
                .andExpect(content().string(containsString("Yksi kysymys, yksi vastaus vastaajaa kohden")));
    }

    @Test
    void requiresAnAdministratorToChangeInstruments() throws Exception {
        mvc.perform(delete("/api/v1/instruments/sus"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions score(String code, String answers) throws Exception {
        return mvc.perform(post("/api/v1/instruments/{code}/score", code)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": " + answers + "}"));
    }
}
