package org.opencities.testbench.orchestrator.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's messages to the broker from one thread. A message is handed to the relay once
 * its transaction has committed; the relay sends what it was handed (up to {@code outbox.batch}) in
 * one JMS transaction and then removes it from the outbox with one DELETE that joins the next
 * group commit ({@link GroupCommit}), so that relaying writes no database commit of its own. Every
 * {@code outbox.poll-every} it also sweeps the outbox for messages kept longer than
 * {@code outbox.sweep-after} (at start, for everything kept before it started): those of a crash, of a
 * failed send, of a full hand-off queue or of another replica. A crash between the broker's commit and
 * the database's sends a message again, with the same event id (at least once, as consumers expect).
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxRelay implements SmartLifecycle {

    /** Committed messages waiting for the relay thread at most; beyond that, the sweep sends them. */
    private static final int HANDED_OFF_AT_MOST = 10_000;
    private static final Committed STOP = new Committed(-1, 0, null);
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final GroupCommit transactions;
    private final JmsTemplate jms;
    private final OutboxProperties settings;
    private final OutboxMetrics metrics;
    private final BlockingQueue<Committed> committed = new LinkedBlockingQueue<>(HANDED_OFF_AT_MOST);
    /** The relay thread's destinations by address, each created once: see {@link #destination}. */
    private final Map<String, Destination> destinations = new HashMap<>();
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(Outbox outbox, GroupCommit transactions, ConnectionFactory connections, OutboxProperties settings,
            OutboxMetrics metrics) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.jms = new JmsTemplate(connections);
        this.jms.setSessionTransacted(true);
        this.settings = settings;
        this.metrics = metrics;
    }

    /** A message in the outbox whose transaction has committed: its place there, when it was kept (nano time), the message. */
    record Committed(long place, long keptAt, OutboxMessage message) {
    }

    /** Takes a message whose transaction has committed, to send it at once; when too many wait, the sweep sends it. */
    void committed(Committed message) {
        committed.offer(message);
    }

    @Override
    public void start() {
        running = true;
        var started = Instant.now();
        thread = new Thread(() -> relayUntilStopped(started), "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        committed.offer(STOP);
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

    private void relayUntilStopped(Instant started) {
        boolean sweptOnce = false;
        long nextSweep = System.nanoTime();
        try {
            while (running) {
                try {
                    var first = committed.poll(Math.max(0, nextSweep - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (first != null && first != STOP) {
                        sendHandedOff(first);
                    }
                    if (System.nanoTime() - nextSweep >= 0) {
                        // the first sweep takes everything kept before this run started: nobody will hand it over
                        sweep(sweptOnce ? Instant.now().minus(settings.sweepAfter()) : started);
                        sweptOnce = true;
                        nextSweep = System.nanoTime() + settings.pollEvery().toNanos();
                    }
                } catch (RuntimeException e) {
                    metrics.sendFailed();
                    log.warn("Outbox relay could not send; the messages stay in the outbox and a sweep sends them", e);
                    TimeUnit.MILLISECONDS.sleep(settings.pollEvery().toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the messages handed over so far, but not those old enough for a sweep to take. */
    private void sendHandedOff(Committed first) {
        var batch = new ArrayList<Committed>(settings.batch());
        batch.add(first);
        committed.drainTo(batch, settings.batch() - 1);
        long handOffFor = settings.sweepAfter().toNanos() / 2;
        long now = System.nanoTime();
        var fresh = batch.stream().filter(message -> message != STOP && now - message.keptAt() < handOffFor).toList();
        if (fresh.isEmpty()) {
            return;
        }
        send(fresh.stream().map(Committed::message).toList());
        transactions.ride(() -> outbox.remove(fresh.stream().map(Committed::place).toList()));
    }

    private void sweep(Instant keptBefore) {
        int sent;
        do {
            sent = outbox.relay(settings.batch(), keptBefore, this::send);
        } while (running && sent == settings.batch());
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
