package org.opencities.testbench.feedback.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;

import org.opencities.testbench.feedback.FeedbackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's events to the module's event address from one thread: each batch (the events
 * committed since the last one, up to {@code outbox.batch}) goes out in one JMS transaction and
 * leaves the outbox with one DELETE in one database commit. A crash between the broker's commit and
 * the database's sends the batch again, with the same event ids (at least once, as consumers
 * expect). Woken after every commit that wrote to the outbox, and every {@code outbox.poll-every} in
 * any case, which also sends what a previous run or a failed send left behind.
 */
@Component
class FeedbackOutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedbackOutboxRelay.class);

    private final FeedbackOutbox outbox;
    private final JmsTemplate jms;
    private final String address;
    private final int batch;
    private final Duration pollEvery;
    private final FeedbackOutboxMetrics metrics;
    private final Semaphore waiting = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    FeedbackOutboxRelay(FeedbackOutbox outbox, ConnectionFactory connections, FeedbackProperties properties,
            FeedbackOutboxMetrics metrics) {
        this.outbox = outbox;
        this.jms = new JmsTemplate(connections);
        this.jms.setSessionTransacted(true);
        this.address = properties.messaging().feedbackEvents();
        this.batch = properties.outbox().batch();
        this.pollEvery = properties.outbox().pollEvery();
        this.metrics = metrics;
    }

    /** There is something to send. */
    void wake() {
        waiting.release();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::relayUntilStopped, "feedback-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        try {
            thread.join(pollEvery.toMillis() + 5_000);
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
                    waiting.tryAcquire(pollEvery.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RuntimeException e) {
                    metrics.sendFailed();
                    log.warn("Feedback outbox relay could not send; the events stay in the outbox and go out on the next attempt", e);
                    TimeUnit.MILLISECONDS.sleep(pollEvery.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendWaitingMessages() {
        waiting.drainPermits();
        while (running && outbox.relay(batch, this::send) == batch) {
            waiting.drainPermits();
        }
    }

    private void send(List<FeedbackOutboxMessage> messages) {
        jms.execute(session -> {
            try (var producer = session.createProducer(session.createTopic(address))) {
                for (var message : messages) {
                    var jmsMessage = session.createTextMessage(message.body());
                    jmsMessage.setStringProperty("ce_type", message.type());
                    producer.send(jmsMessage);
                }
            }
            session.commit();
            return null;
        }, true);
        metrics.batchSent(messages.size());
    }
}
