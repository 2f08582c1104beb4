package org.opencities.testbench.registry.account.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The registration and portal pages' rules that need no browser: language, CSRF and who may open what. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class RegistrationPagesIT {

    @Autowired
    MockMvc mvc;

    @Test
    void tellsInThePageLanguageThatALinkIsNotValid() throws Exception {
        mvc.perform(get("/register/confirm").param("token", "forged").header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tämä linkki ei kelpaa. Kopioi koko linkki sähköpostista.")))
                .andExpect(content().string(containsString("lang=\"fi\"")));
        mvc.perform(get("/register/confirm").param("token", "forged").header(HttpHeaders.ACCEPT_LANGUAGE, "pl"))
                .andExpect(content().string(containsString("Ten link jest nieprawidłowy.")));
    }

    @Test
    void offersANewLinkWhereTheOldOneIsNotValidAndAnswersAlikeForAnyAddress() throws Exception {
        mvc.perform(get("/register/confirm").param("token", "forged"))
                .andExpect(content().string(containsString("id=\"resend-email\"")));

        mvc.perform(post("/register/resend").with(csrf()).param("email", "nobody-" + UUID.randomUUID() + "@example.com"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/register/sent"));
        mvc.perform(post("/register/resend").with(csrf()).param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"resend-email-error\"")));
    }

    @Test
    void documentsTheRegistrationEndpointsInTheRegistryApi() throws Exception {
        mvc.perform(get("/v3/api-docs/registry"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"/api/v1/registrations/confirm\"")))
                .andExpect(content().string(containsString("\"/api/v1/organisations/{organisationId}/users\"")));
    }

    @Test
    void showsTheFormWithALabelForEveryFieldAndAFormToken() throws Exception {
        mvc.perform(get("/register").header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera din organisation")))
                .andExpect(content().string(containsString("<label for=\"user-password\">Lösenord</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void refusesAFormPostWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/register").param("organisation.name", "Forged Oy"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/register").with(csrf()).param("organisation.name", "<i>Half</i> Oy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&lt;i&gt;Half&lt;/i&gt; Oy\"")))
                .andExpect(content().string(not(containsString("<i>Half</i>"))));
    }

    @Test
    void sendsVisitorsToTheLoginAndKeepsOtherOrganisationsAppsHidden() throws Exception {
        mvc.perform(get("/sme").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/sme").with(httpBasic("lab", "lab"))).andExpect(status().isForbidden());
        mvc.perform(get("/sme").with(httpBasic("sme-a", "sme"))).andExpect(status().isOk());
        mvc.perform(get("/sme/apps/" + UUID.randomUUID()).with(httpBasic("sme-a", "sme")))
                .andExpect(status().isNotFound());
    }
}
