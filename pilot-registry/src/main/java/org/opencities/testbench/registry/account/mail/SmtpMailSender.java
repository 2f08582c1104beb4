package org.opencities.testbench.registry.account.mail;

import org.opencities.testbench.registry.RegistryProperties;
import org.opencities.testbench.registry.account.Mail;
import org.opencities.testbench.registry.account.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Hands mails to the mail server configured under {@code spring.mail.*}; the default sender. */
@Component
@ConditionalOnProperty(name = "testbench.registry.mail.sender", havingValue = "smtp", matchIfMissing = true)
class SmtpMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailSender.class);

    private final JavaMailSender server;
    private final String from;

    SmtpMailSender(ObjectProvider<JavaMailSender> server, RegistryProperties properties) {
        this.server = server.getIfAvailable(() -> {
            throw new IllegalStateException("testbench.registry.mail.sender is smtp but no mail server is configured: "
                    + "set spring.mail.host (and port, username, password), or choose the outbox sender");
        });
        this.from = properties.mail().from();
    }

    @Override
    public void send(Mail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        server.send(message);
        // The body carries a secret link, so only the envelope is logged.
        log.info("Sent mail to {} subject '{}'", mail.to(), mail.subject());
    }
}
