package org.opencities.testbench.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The SLA window and the history retention as {@code testbench.probes.*} binds them. */
class ProbesPropertiesTests {

    @Test
    void defaultsToAFifteenMinuteWindowOfAtLeastFiveResultsAndNinetyDaysOfHistory() {
        var properties = bind(Map.of());

        assertThat(properties.sla().window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.sla().windowResults()).isEqualTo(5);
        assertThat(properties.history().retention()).isEqualTo(Duration.ofDays(90));
        assertThat(properties.history().pruneBatch()).isEqualTo(1000);
    }

    @Test
    void readsTheWindowAsAnIsoDuration() {
        var properties = bind(Map.of("testbench.probes.sla.window", "PT5M", "testbench.probes.history.retention", "P7D"));

        assertThat(properties.sla().window()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.history().retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void refusesARetentionNoLongerThanTheSlaWindow() {
        assertThatThrownBy(() -> bind(Map.of("testbench.probes.sla.window", "PT1H", "testbench.probes.history.retention", "PT1H")))
                .rootCause().hasMessageContaining("testbench.probes.history.retention (PT1H) must be longer than "
                        + "testbench.probes.sla.window (PT1H)");
    }

    private static ProbesProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("testbench.probes", ProbesProperties.class);
    }
}
