package org.opencities.testbench.registry.account.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.account.MailSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mail.MailException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The SMTP sender against a real mail server (GreenMail) on a loopback port. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(classes = RegistryTestApplication.class, properties = "testbench.registry.mail.sender=smtp")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SmtpMailSenderIT {

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            // Started once before the context, which needs its port; the last test stops it.
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL_SERVER.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MailSender sender;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void deliversTheConfirmationMailInTheUsersLanguageAndLogsNoToken(CapturedOutput output) throws Exception {
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"organisation": {"name": "Post GmbH", "country": "DE", "vatId": "DE123456789", "contactEmail": "office@post.example"},
                         "user": {"email": "anna@post.example", "displayName": "Anna", "password": "correct horse battery", "language": "de"}}"""))
                .andExpect(status().isCreated());

        assertThat(sender).isInstanceOf(SmtpMailSender.class);
        var received = MAIL_SERVER.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anna@post.example");
        assertThat(received[0].getSubject()).isEqualTo("Bestätigen Sie Ihre Registrierung beim Open Cities Test Bench");
        String body = (String) received[0].getContent();
        var token = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(token.find()).as("a 256-bit token in %s", body).isTrue();
        assertThat(output.getAll()).contains("Sent mail to anna@post.example").doesNotContain(token.group(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registry.mail_outbox").query(Long.class).single()).isZero();
        mvc.perform(get("/dev/mail")).andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void rollsTheRegistrationBackWhenTheMailServerIsGone() throws Exception {
        MAIL_SERVER.stop();

        assertThatThrownBy(() -> mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"organisation": {"name": "Gone Oy", "country": "FI", "vatId": "FI12345678", "contactEmail": "office@gone.example"},
                         "user": {"email": "gone@gone.example", "displayName": "Gone", "password": "correct horse battery", "language": "fi"}}""")))
                .hasCauseInstanceOf(MailException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM registry.account WHERE email = 'gone@gone.example'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registry.organisation WHERE name = 'Gone Oy'").query(Long.class)
                .single()).isZero();
    }
}
