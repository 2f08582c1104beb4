package org.opencities.testbench.orchestrator.provisioning.camel;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.StepTimedOut;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a step's external call (driver, activation check) with a time limit, interrupting it when
 * the limit passes. Camel's circuit breaker would do this with resilience4j, which this build does
 * not have.
 */
@Component
class StepTimeouts implements DisposableBean {

    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "provisioning-call");
        thread.setDaemon(true);
        return thread;
    });

    <T> T within(ProvisioningStep step, Duration timeout, Callable<T> call) throws Exception {
        var future = calls.submit(call);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new StepTimedOut(step, timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
