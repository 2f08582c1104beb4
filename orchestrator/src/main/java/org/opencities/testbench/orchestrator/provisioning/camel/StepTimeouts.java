package org.opencities.testbench.orchestrator.provisioning.camel;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.StepTimedOut;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a step's external call with a time limit: a blocking one (a driver's) on a thread of its
 * own, interrupted when the limit passes; an asynchronous one (the activation check's) by waiting
 * for its answer at most that long. Camel's circuit breaker would do this with resilience4j, which
 * this build does not have.
 */
@Component
class StepTimeouts implements DisposableBean {

    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "provisioning-call");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs a blocking call (a driver's) on a thread of its own and waits for it at most the time limit. */
    <T> T within(ProvisioningStep step, Duration timeout, Callable<T> call) throws Exception {
        return answer(step, timeout, calls.submit(call));
    }

    /**
     * Waits at most the time limit for the answer of an asynchronous call (the activation check's),
     * which has returned already: no thread of its own, and none to hand over to when it has answered.
     */
    <T> T awaiting(ProvisioningStep step, Duration timeout, CompletionStage<T> answer) throws Exception {
        return answer(step, timeout, answer.toCompletableFuture());
    }

    private static <T> T answer(ProvisioningStep step, Duration timeout, Future<T> future) throws Exception {
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
