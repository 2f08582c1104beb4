package org.opencities.testbench.registry.account;

/**
 * Where the registry's mails go (an SPI). {@code testbench.registry.mail.sender} chooses
 * the implementation: {@code smtp} hands them to a mail server, {@code outbox} keeps them in a table
 * shown on the developer page {@code /dev/mail}. A sender fails with an exception rather than
 * losing a mail silently, so that the registration that asked for it is rolled back.
 */
public interface MailSender {

    void send(Mail mail);
}
