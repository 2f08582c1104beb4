package org.opencities.testbench.probes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.Promtool;

/** The shipped alert rules are valid and behave as their unit tests say (skips where promtool is missing). */
class ProbesAlertRulesTests {

    private static final Path RULES = Path.of("..", "docs", "prometheus").toAbsolutePath().normalize();

    @Test
    void passesPromtoolsRuleCheck() throws Exception {
        var check = Promtool.run("", "check", "rules", RULES.resolve("probes-alerts.yml").toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 4 rules found");
    }

    @Test
    void passesItsPromtoolUnitTests() throws Exception {
        var test = Promtool.run("", "test", "rules", RULES.resolve("probes-alerts.test.yml").toString());

        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }
}
