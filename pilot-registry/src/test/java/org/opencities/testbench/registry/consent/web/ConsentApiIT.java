package org.opencities.testbench.registry.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.consent.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Consent texts over REST, with the real H2 and the seeded first versions. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class ConsentApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void servesEveryPurposeInEachOfTheTenLanguagesToAnyone() throws Exception {
        var texts = new HashSet<String>();
        for (String language : Languages.SUPPORTED) {
            var body = mvc.perform(get("/api/v1/consents").param("lang", language))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", "3"))
                    .andExpect(jsonPath("$.items[0].purpose").value("participation"))
                    .andExpect(jsonPath("$.items[0].required").value(true))
                    .andExpect(jsonPath("$.items[1].purpose").value("contact"))
                    .andExpect(jsonPath("$.items[1].required").value(false))
                    .andExpect(jsonPath("$.items[2].purpose").value("research"))
                    .andExpect(jsonPath("$.items[0].language").value(language))
                    .andReturn().getResponse().getContentAsString();
            texts.add(json.readTree(body).path("items").path(0).path("text").asString());
        }
        assertThat(texts).as("a translation of its own per language").hasSize(Languages.SUPPORTED.size());
    }

    @Test
    void publishesANewVersionAndKeepsThePreviousOneReadable() throws Exception {
        var current = json.readTree(mvc.perform(get("/api/v1/consents")).andReturn().getResponse().getContentAsString());
        int before = current.path("items").path(1).path("version").asInt();

        mvc.perform(post("/api/v1/consents").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("purpose", "contact", "translations", everyLanguage("v2")))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/consents/contact/" + (before + 1)))
                .andExpect(jsonPath("$[1].language").value("fi"))
                .andExpect(jsonPath("$[1].text").value("v2 fi"));

        mvc.perform(get("/api/v1/consents").param("lang", "de"))
                .andExpect(jsonPath("$.items[1].version").value(before + 1))
                .andExpect(jsonPath("$.items[1].text").value("v2 de"));
        mvc.perform(get("/api/v1/consents/contact/1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(containsString("e-mail address")));
    }

    @Test
    void refusesATextMissingALanguageAndPublishesNothing() throws Exception {
        var translations = everyLanguage("incomplete");
        translations.remove("ca");

        mvc.perform(post("/api/v1/consents").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("purpose", "research", "translations", translations))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("translations"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("ca")));

        mvc.perform(get("/api/v1/consents").param("lang", "en"))
                .andExpect(jsonPath("$.items[2].text").value(containsString("research")));
    }

    @Test
    void refusesAnUnknownPurposeNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/consents").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("purpose", "marketing", "translations", everyLanguage("x")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
    }

    @Test
    void letsOnlyAdministratorsPublish() throws Exception {
        mvc.perform(post("/api/v1/consents").with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("purpose", "contact", "translations", everyLanguage("x")))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/consents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("purpose", "contact", "translations", everyLanguage("x")))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAnUnsupportedLanguage() throws Exception {
        mvc.perform(get("/api/v1/consents").param("lang", "xx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("xx")));
    }

    private static Map<String, String> everyLanguage(String prefix) {
        var translations = new LinkedHashMap<String, String>();
        Languages.SUPPORTED.forEach(language -> translations.put(language, prefix + " " + language));
        return translations;
    }
}
