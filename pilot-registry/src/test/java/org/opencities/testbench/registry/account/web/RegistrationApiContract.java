package org.opencities.testbench.registry.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.account.mail.OutboxMailSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The registration API's behaviour, run against each database by the ITs extending it. Every
 * registration it makes is removed again, since the PostgreSQL database is shared by the test JVM.
 */
abstract class RegistrationApiContract {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "admin");
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxMailSender outbox;

    @Autowired
    JdbcClient jdbc;

    private final List<String> organisations = new ArrayList<>();

    @AfterEach
    void removeRegistrations() {
        for (String organisation : organisations) {
            jdbc.sql("DELETE FROM registry.confirmation_token WHERE account_id IN "
                    + "(SELECT id FROM registry.account WHERE organisation_id = :o)").param("o", organisation).update();
            jdbc.sql("DELETE FROM registry.account WHERE organisation_id = :o").param("o", organisation).update();
            jdbc.sql("DELETE FROM registry.organisation WHERE id = :o").param("o", organisation).update();
        }
    }

    @Test
    void registersAnOrganisationWithAnUnconfirmedUserAndMailsTheLinkInTheUsersLanguage() throws Exception {
        String email = uniqueEmail();

        String organisation = register(registration("Ääni Labs Oy", "FI", "FI 1234 5678", email, "fi"));

        assertThat(organisation).startsWith("aani-labs-oy");
        var mail = mailTo(email);
        assertThat(mail.subject()).isEqualTo("Vahvista rekisteröitymisesi Open Cities Test Benchiin");
        assertThat(mail.body()).contains("http://localhost/register/confirm?token=", "48");
        mvc.perform(get("/api/v1/organisations/" + organisation).with(httpBasic(email, PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations/" + organisation).with(ADMIN))
                .andExpect(jsonPath("$.vatId").value("FI12345678"));
    }

    @Test
    void confirmsOnceWithTheMailedTokenAndThenLetsTheUserInAsSmeOfItsOrganisation() throws Exception {
        String email = uniqueEmail();
        String organisation = register(registration("Confirm Oy", "FI", "FI12345678", email, "en"));
        String token = tokenIn(mailTo(email).body());

        mvc.perform(confirm(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.organisation").value(organisation));

        mvc.perform(get("/api/v1/organisations/" + organisation).with(httpBasic(email.toUpperCase(), PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + organisation + "/users").with(httpBasic(email, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$.items[0].email").value(email))
                .andExpect(jsonPath("$.items[0].passwordHash").doesNotExist());
        mvc.perform(get("/api/v1/organisations/" + organisation + "/users").with(httpBasic("sme-a", "sme")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + organisation + "/users").with(ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + organisation).with(httpBasic(email, "wrong password!")))
                .andExpect(status().isUnauthorized());

        mvc.perform(confirm(token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("used already")));
    }

    @Test
    void refusesAnExpiredTokenAndTheAccountStaysLockedOut() throws Exception {
        String email = uniqueEmail();
        String organisation = register(registration("Late Oy", "FI", "FI12345678", email, "en"));
        String token = tokenIn(mailTo(email).body());
        jdbc.sql("UPDATE registry.confirmation_token SET expires_at = :past WHERE account_id IN "
                        + "(SELECT id FROM registry.account WHERE email = :email)")
                .param("past", OffsetDateTime.now().minusHours(1))
                .param("email", email)
                .update();

        mvc.perform(confirm(token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("expired")));
        mvc.perform(get("/api/v1/organisations/" + organisation).with(httpBasic(email, PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void mailsANewLinkOnlyToAnUnconfirmedAccountAndAnswersAlikeForAnyAddress() throws Exception {
        String email = uniqueEmail();
        String organisation = register(registration("Again Oy", "FI", "FI12345678", email, "sv"));
        String first = tokenIn(mailTo(email).body());

        mvc.perform(resend(email.toUpperCase())).andExpect(status().isAccepted());
        mvc.perform(resend(uniqueEmail())).andExpect(status().isAccepted());

        var mails = outbox.newest(500).stream().filter(mail -> mail.to().equals(email)).toList();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).subject()).isEqualTo("Bekräfta din registrering hos Open Cities Test Bench");
        String second = tokenIn(mails.get(0).body());
        assertThat(second).isNotEqualTo(first);
        mvc.perform(confirm(second)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + organisation).with(httpBasic(email, PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(resend(email)).andExpect(status().isAccepted());
        assertThat(outbox.newest(500).stream().filter(mail -> mail.to().equals(email))).hasSize(2);
        mvc.perform(post("/api/v1/registrations/resend").contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void answersAnUnknownTokenWithNotFound() throws Exception {
        mvc.perform(confirm("not-a-token-we-issued"))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesADuplicateEmailInAnyLetterCaseAndCreatesNothing() throws Exception {
        String email = uniqueEmail();
        register(registration("First Oy", "FI", "FI12345678", email, "en"));
        long before = organisationCount();

        mvc.perform(json(registration("Second Oy", "FI", "FI12345678", email.toUpperCase(), "en")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    void namesEveryBadFieldAndCreatesNothing() throws Exception {
        long before = organisationCount();
        String bad = """
                {"organisation": {"name": "", "country": "fi", "vatId": "FI12345678", "contactEmail": "not-an-address"},
                 "user": {"email": "x@example.com", "displayName": "%s", "password": "short", "language": "xx"}}"""
                .formatted("n".repeat(201));

        mvc.perform(json(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("organisation.name", "organisation.country",
                        "organisation.contactEmail", "user.displayName", "user.password", "user.language")))
                .andExpect(jsonPath("$.errors[?(@.field == 'user.password')].reason")
                        .value("The password must have 12 to 72 characters."))
                .andExpect(jsonPath("$.errors[?(@.field == 'user.displayName')].reason")
                        .value("Too long: at most 200 characters."));

        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    void refusesAVatIdOfTheWrongFormatForTheCountryAndCreatesNothing() throws Exception {
        long before = organisationCount();

        mvc.perform(json(registration("Vat Oy", "DE", "DE12", uniqueEmail(), "de")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisation.vatId"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("DE followed by 9 digits")));

        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    void refusesAPasswordLongerThanBcryptReadsEvenWhenItHasFewCharacters() throws Exception {
        String body = registration("Long Oy", "FI", "FI12345678", uniqueEmail(), "en")
                .replace(PASSWORD, "ä".repeat(40));

        mvc.perform(json(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("user.password"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("72 bytes")));
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheFirstRegistrationAndSendsOneMail() throws Exception {
        String email = uniqueEmail();
        String body = registration("Twice Oy", "FI", "FI12345678", email, "en");
        String key = UUID.randomUUID().toString();

        String first = mvc.perform(json(body).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        organisations.add(JsonPath.read(first, "$.organisation"));
        mvc.perform(json(body).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json(first));

        assertThat(outbox.newest(500).stream().filter(mail -> mail.to().equals(email))).hasSize(1);
    }

    @Test
    void keepsMarkupInTheOrganisationNameAsText() throws Exception {
        String name = "<script>alert(1)</script> Oy";

        String organisation = register(registration(name, "FI", "FI12345678", uniqueEmail(), "en"));

        mvc.perform(get("/api/v1/organisations/" + organisation).with(ADMIN))
                .andExpect(jsonPath("$.name").value(name));
    }

    private String register(String body) throws Exception {
        String response = mvc.perform(json(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/organisations/")))
                .andExpect(jsonPath("$.confirmed").value(false))
                .andReturn().getResponse().getContentAsString();
        String organisation = JsonPath.read(response, "$.organisation");
        organisations.add(organisation);
        return organisation;
    }

    private long organisationCount() throws Exception {
        return Long.parseLong(mvc.perform(get("/api/v1/organisations").with(ADMIN)).andReturn().getResponse()
                .getHeader("X-Total-Count"));
    }

    private OutboxMailSender.KeptMail mailTo(String email) {
        return outbox.newest(500).stream().filter(mail -> mail.to().equals(email)).findFirst().orElseThrow();
    }

    static String tokenIn(String body) {
        var matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).as("a confirmation link in %s", body).isTrue();
        return matcher.group(1);
    }

    private static MockHttpServletRequestBuilder json(String body) {
        return post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder confirm(String token) {
        return post("/api/v1/registrations/confirm").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\"}");
    }

    private static MockHttpServletRequestBuilder resend(String email) {
        return post("/api/v1/registrations/resend").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\"}");
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static String registration(String name, String country, String vatId, String email, String language) {
        return """
                {"organisation": {"name": "%s", "country": "%s", "vatId": "%s", "contactEmail": "office@example.com"},
                 "user": {"email": "%s", "displayName": "Aino Virtanen", "password": "%s", "language": "%s"}}"""
                .formatted(name, country, vatId, email, PASSWORD, language);
    }
}
