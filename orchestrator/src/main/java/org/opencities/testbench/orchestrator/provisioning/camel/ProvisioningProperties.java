package org.opencities.testbench.orchestrator.provisioning.camel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the provisioning saga runs ({@code testbench.orchestrator.provisioning.*}).
 *
 * @param concurrentConsumers sagas one process runs at the same time; their steps share transactions (see
 *     {@code groupCommit}), so more sagas at once means fewer commits per saga
 * @param stepTimeout how long a driver call or an activation check may take before the saga backs out
 * @param retries how many times a step is tried again after a transient driver failure
 * @param initialBackoff wait before the first retry, doubling up to {@code maxBackoff}
 * @param claim how long a runner holds a saga without moving it; a crashed runner's sagas resume after it
 * @param resumeEvery how often the resume sweep looks for stalled sagas (and once at start)
 * @param stalledAfter a saga that has not moved for this long is stalled
 * @param resumeBatch sagas and items the sweep looks at per run
 * @param activation the activation check used until measurement-based activation tests exist
 * @param groupCommit works (orders stored, saga claims and steps, simulated OLT writes) at most that commit
 *     together in one database transaction
 * @param autoStartup whether the saga consumes commands and resumes from the start; tests of the
 *     order intake alone turn it off to see orders stay acknowledged
 */
@ConfigurationProperties("testbench.orchestrator.provisioning")
record ProvisioningProperties(@DefaultValue("32") int concurrentConsumers, @DefaultValue("10s") Duration stepTimeout,
        @DefaultValue("3") int retries, @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff, @DefaultValue("2m") Duration claim,
        @DefaultValue("30s") Duration resumeEvery, @DefaultValue("1m") Duration stalledAfter,
        @DefaultValue("500") int resumeBatch, @DefaultValue Activation activation,
        @DefaultValue("64") int groupCommit, @DefaultValue("true") boolean autoStartup) {

    /**
     * @param pass whether services pass activation
     * @param failure the reason given when they do not
     */
    record Activation(@DefaultValue("true") boolean pass,
            @DefaultValue("Activation test failed (configured to fail)") String failure) {
    }
}
