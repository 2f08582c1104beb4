package org.opencities.testbench.probes.agent.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.tool.stamp.StampReflector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** The STAMP reflector of this process ({@code testbench.probes.reflector.*}), so that agents can measure up to it. */
@Component
@ConditionalOnBooleanProperty("testbench.probes.reflector.enabled")
class LocalReflector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalReflector.class);

    private final ProbesProperties.Reflector settings;
    private StampReflector reflector;

    LocalReflector(ProbesProperties properties) {
        this.settings = properties.reflector();
    }

    @Override
    public synchronized void start() {
        try {
            reflector = StampReflector.start(new InetSocketAddress(settings.bind(), settings.port()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the STAMP reflector on " + settings.bind() + ":"
                    + settings.port() + "; choose another testbench.probes.reflector.port", e);
        }
        log.info("STAMP reflector listening on {}", endpoint());
    }

    @Override
    public synchronized void stop() {
        if (reflector != null) {
            try {
                reflector.close();
            } catch (IOException e) {
                log.warn("STAMP reflector did not close cleanly", e);
            }
            reflector = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return reflector != null;
    }

    /** Starts before the agent, which may measure up to it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 10;
    }

    /** Where the reflector answers (its actual port when configured with 0). */
    synchronized Endpoint endpoint() {
        return new Endpoint(settings.bind(), reflector.port());
    }
}
