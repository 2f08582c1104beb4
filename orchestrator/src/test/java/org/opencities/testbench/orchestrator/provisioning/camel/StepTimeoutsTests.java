package org.opencities.testbench.orchestrator.provisioning.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.provisioning.ActivationCheck;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.StepTimedOut;

/** A step's time limit on an asynchronous call's answer. */
class StepTimeoutsTests {

    final StepTimeouts timeouts = new StepTimeouts();

    @Test
    void answersWhatAnAsynchronousCallAnsweredOnTheCallersThread() throws Exception {
        var caller = Thread.currentThread();
        var answered = CompletableFuture.supplyAsync(() -> "on " + Thread.currentThread().getName(), Runnable::run);

        assertThat(timeouts.awaiting(ProvisioningStep.ACTIVATE, Duration.ofSeconds(1), answered)).isEqualTo("on " + caller.getName());
    }

    @Test
    void throwsWhatAnAsynchronousCallFailedWith() {
        var failed = CompletableFuture.<Void>failedFuture(new ActivationCheck.Failed("throughput 12 Mbit/s below the 20 Mbit/s committed"));

        assertThatThrownBy(() -> timeouts.awaiting(ProvisioningStep.ACTIVATE, Duration.ofSeconds(1), failed))
                .isInstanceOf(ActivationCheck.Failed.class).hasMessageContaining("below the 20 Mbit/s committed");
    }

    @Test
    void givesUpOnAnAsynchronousCallThatDoesNotAnswerInTimeAndCancelsIt() {
        var never = new CompletableFuture<Void>();

        assertThatThrownBy(() -> timeouts.awaiting(ProvisioningStep.ACTIVATE, Duration.ofMillis(50), never))
                .isInstanceOf(StepTimedOut.class).hasMessage("Step activate did not finish within 50 ms");
        assertThat(never).isCancelled();
    }
}
