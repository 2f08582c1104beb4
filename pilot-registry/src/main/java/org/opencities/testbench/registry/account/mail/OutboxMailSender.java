package org.opencities.testbench.registry.account.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.registry.account.Mail;
import org.opencities.testbench.registry.account.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps mails in the {@code mail_outbox} table instead of delivering them, for single-node mode and
 * tests; the developer page {@code /dev/mail} shows them. The table holds the links in full, so this
 * sender is for machines without real users.
 */
@Component
@ConditionalOnProperty(name = "testbench.registry.mail.sender", havingValue = "outbox")
public class OutboxMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    /** A mail as the outbox keeps it. */
    public record KeptMail(UUID id, String to, String subject, String body, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    OutboxMailSender(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(Mail mail) {
        jdbc.sql("""
                INSERT INTO registry.mail_outbox (id, recipient, subject, body, language, created_at)
                VALUES (:id, :to, :subject, :body, :language, :at)""")
                .param("id", UUID.randomUUID())
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("language", mail.language().toLanguageTag())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        // The body carries a secret link, so only the envelope is logged.
        log.info("Mail to {} subject '{}' kept in the outbox; read it on /dev/mail", mail.to(), mail.subject());
    }

    /** The newest mails first, at most {@code limit}. */
    public List<KeptMail> newest(int limit) {
        return jdbc.sql("SELECT * FROM registry.mail_outbox ORDER BY created_at DESC, id OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, n) -> new KeptMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }
}
