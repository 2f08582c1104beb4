package org.opencities.testbench.feedback.rights.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of testers' data rights ({@code testbench.feedback.rights.*}).
 *
 * @param retentionEvery how often raw free text past its campaign's retention is looked for; the first
 *     round runs one period after start
 */
@ConfigurationProperties("testbench.feedback.rights")
public record RightsProperties(@DefaultValue("PT1H") Duration retentionEvery) {
}
