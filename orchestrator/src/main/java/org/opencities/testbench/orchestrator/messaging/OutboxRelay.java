package org.opencities.testbench.orchestrator.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's messages to the broker from one thread: each batch (the messages committed
 * since the last one, up to {@code outbox.batch}) goes out in one JMS transaction and leaves the
 * outbox with one DELETE in one database commit, instead of two commits per event. A crash
 * between the broker's commit and the database's sends the batch again, with the same event ids
 * (at least once, as consumers expect). Woken after every commit that wrote to the outbox, and
 * every {@code outbox.poll-every} in any case, which also sends what a previous run left behind.
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final JmsTemplate jms;
    private final OutboxProperties settings;
    private final OutboxMetrics metrics;
    private final Semaphore waiting = new Semaphore(0);
    /** The relay thread's destinations by address, each created once: see {@link #destination}. */
    private final Map<String, Destination> destinations = new HashMap<>();
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(Outbox outbox, ConnectionFactory connections, OutboxProperties settings, OutboxMetrics metrics) {
        this.outbox = outbox;
        this.jms = new JmsTemplate(connections);
        this.jms.setSessionTransacted(true);
        this.settings = settings;
        this.metrics = metrics;
    }

    /** There is something to send. */
    void wake() {
        waiting.release();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::relayUntilStopped, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        try {
            thread.join(settings.pollEvery().toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void relayUntilStopped() {
        try {
            while (running) {
                try {
                    sendWaitingMessages();
                    waiting.tryAcquire(settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
                } catch (RuntimeException e) {
                    metrics.sendFailed();
                    log.warn("Outbox relay could not send; the messages stay in the outbox and go out on the next attempt", e);
                    TimeUnit.MILLISECONDS.sleep(settings.pollEvery().toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendWaitingMessages() {
        waiting.drainPermits();
        while (running && outbox.relay(settings.batch(), this::send) == settings.batch()) {
            waiting.drainPermits();
        }
    }

    private void send(List<OutboxMessage> messages) {
        jms.execute(session -> {
            try (var producer = session.createProducer(null)) {
                for (var message : messages) {
                    var jmsMessage = session.createTextMessage(message.body());
                    jmsMessage.setStringProperty("ce_type", message.type());
                    for (var property : message.properties().entrySet()) {
                        jmsMessage.setStringProperty(property.getKey(), property.getValue());
                    }
                    producer.send(destination(session, message), jmsMessage);
                }
            }
            session.commit();
            return null;
        }, true);
        metrics.batchSent(messages.size());
    }

    /**
     * The message's destination, the same object for every message to its address: Artemis's JMS
     * client asks the broker whether a destination exists (a blocking round trip) the first time
     * each destination object is sent to, and only then.
     */
    private Destination destination(Session session, OutboxMessage message) throws JMSException {
        String key = (message.anycast() ? "queue:" : "topic:") + message.address();
        var destination = destinations.get(key);
        if (destination == null) {
            destination = message.anycast() ? session.createQueue(message.address()) : session.createTopic(message.address());
            destinations.put(key, destination);
        }
        return destination;
    }
}
