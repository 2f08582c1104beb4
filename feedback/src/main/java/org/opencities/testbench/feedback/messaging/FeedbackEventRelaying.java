package org.opencities.testbench.feedback.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that relay committed feedback events to the broker, so that a request (a submission)
 * answers once its transaction has committed rather than after the broker has stored the event.
 * What they have not sent when the process stops stays incomplete in the outbox and is sent on the
 * next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class FeedbackEventRelaying {

    static final String EXECUTOR = "feedbackEventRelayExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor feedbackEventRelayExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("feedback-relay-");
        // A few senders at once let the broker store their messages with one journal sync.
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
