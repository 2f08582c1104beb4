package org.opencities.testbench.registry.city.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = RegistryTestApplication.class, properties = "testbench.registry.demo-data=true")
@AutoConfigureMockMvc
class CityApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void listsSeedCitiesByNameWithTotals() throws Exception {
        mvc.perform(get("/api/v1/cities").param("offset", "0").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "11"))
                .andExpect(header().string("X-Result-Count", "3"))
                .andExpect(jsonPath("$.items[0].name").value("Amsterdam"))
                .andExpect(jsonPath("$.items[1].name").value("Barcelona"))
                .andExpect(jsonPath("$.items[0].livingLabs[0].name").value("Amsterdam Living Lab"));
    }

    @Test
    void refusesAPageLimitOutOfRangeNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/cities").param("limit", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("100")));
    }

    @Test
    void answersUnknownCityWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/cities/atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("atlantis")));
    }

    @Test
    void showsTheCityPageInTheChosenLanguage() throws Exception {
        mvc.perform(get("/cities").header("Accept-Language", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verkoston kaupungit")))
                .andExpect(content().string(containsString("Helsinki Living Lab")));
    }

    @Test
    void requiresAnAdministratorToChangeCities() throws Exception {
        mvc.perform(delete("/api/v1/cities/oulu"))
                .andExpect(status().isUnauthorized());
    }
}
