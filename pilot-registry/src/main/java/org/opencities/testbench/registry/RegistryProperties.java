package org.opencities.testbench.registry;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pilot registry ({@code testbench.registry.*}).
 *
 * @param demoData load the seed cities and living labs, and the demo SME with its app, at start (single-node mode only)
 * @param messaging where the registry publishes and what it consumes
 * @param accounts self-registration of SME accounts
 * @param mail how the registry sends mails
 */
@ConfigurationProperties("testbench.registry")
public record RegistryProperties(@DefaultValue("false") boolean demoData, @DefaultValue Messaging messaging,
        @DefaultValue Accounts accounts, @DefaultValue Mail mail) {

    /**
     * @param pilotEvents multicast address the registry publishes pilot and enrolment events to
     * @param inbound multicast addresses the registry follows, each under its own durable shared
     *     subscription so that replicas compete for its messages
     */
    public record Messaging(@DefaultValue("testbench.pilot.events") String pilotEvents,
            @DefaultValue({"testbench.service.events", "testbench.feedback.events", "testbench.alarms"})
            List<String> inbound) {
    }

    /**
     * @param confirmationExpiry how long the link in a confirmation mail stays valid
     * @param registrationsPerMinute how many registrations one client address may send per minute
     *     (API and form together); more are answered 429
     */
    public record Accounts(@DefaultValue("48h") Duration confirmationExpiry,
            @DefaultValue("10") int registrationsPerMinute) {
    }

    /**
     * @param sender {@code smtp} (through Spring's mail sender, {@code spring.mail.*}) or {@code outbox}
     *     (kept in a table and shown on {@code /dev/mail}; for single-node and tests)
     * @param from the sender address of the registry's mails
     * @param publicUrl the registry's address as users reach it, for links in mails; when empty, the
     *     address of the request that caused the mail
     */
    public record Mail(@DefaultValue("smtp") String sender, @DefaultValue("noreply@opencities.example") String from,
            @DefaultValue("") String publicUrl) {
    }
}
