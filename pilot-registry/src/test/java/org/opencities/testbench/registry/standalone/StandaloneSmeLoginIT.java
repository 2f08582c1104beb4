package org.opencities.testbench.registry.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.account.mail.OutboxMailSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry's own process (JWT for staff) lets a self-registered SME log in with the form and
 * use its organisation's pages and API with that session, while a request with no credentials
 * is still asked for a bearer token.
 */
@SpringBootTest(classes = PilotRegistryApplication.class, properties = {
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/unused-jwks",
        "testbench.registry.mail.sender=outbox"})
@AutoConfigureMockMvc
class StandaloneSmeLoginIT {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxMailSender outbox;

    @Test
    void letsAConfirmedSmeLogInWithTheFormWhileTheApiStillAsksOthersForABearerToken() throws Exception {
        String response = mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"organisation": {"name": "Solo SL", "country": "ES", "vatId": "ESX1234567X", "contactEmail": "info@solo.example"},
                         "user": {"email": "solo@solo.example", "displayName": "Solo", "password": "%s", "language": "es"}}"""
                        .formatted(PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String organisation = JsonPath.read(response, "$.organisation");
        var link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(outbox.newest(10).get(0).body());
        assertThat(link.find()).isTrue();

        mvc.perform(formLogin("/login").user("solo@solo.example").password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(post("/api/v1/registrations/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"" + link.group(1) + "\"}"))
                .andExpect(status().isOk());

        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("solo@solo.example").password(PASSWORD))
                .andExpect(authenticated().withAuthentication(authentication -> assertThat(authentication.getAuthorities())
                        .extracting(GrantedAuthority::getAuthority).contains("ROLE_SME", "ORGANISATION_" + organisation)))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/sme").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + organisation).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Solo SL"));

        mvc.perform(get("/api/v1/organisations/" + organisation).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }
}
