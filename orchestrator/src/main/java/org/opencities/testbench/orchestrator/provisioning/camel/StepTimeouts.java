package org.opencities.testbench.orchestrator.provisioning.camel;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.StepTimedOut;
import org.springframework.stereotype.Component;

/**
 * Waits for the answer of a step's external call (a driver's, the activation check's) at most the
 * step's time limit, and gives up on it after that. The calls answer asynchronously, so that no
 * thread but the saga's waits for them, and none is interrupted. Camel's circuit breaker would do
 * this with resilience4j, which this build does not have.
 */
@Component
class StepTimeouts {

    /** Answers what the call answered, or throws what it failed with; {@link StepTimedOut} when it did not answer in time. */
    <T> T awaiting(ProvisioningStep step, Duration timeout, CompletionStage<T> answer) throws Exception {
        var future = answer.toCompletableFuture();
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new StepTimedOut(step, timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
