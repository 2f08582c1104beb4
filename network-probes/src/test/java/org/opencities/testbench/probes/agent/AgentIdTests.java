package org.opencities.testbench.probes.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentIdTests {

    @ParameterizedTest
    @ValueSource(strings = {"oulu-olt-1", "p1", "a123456789012345678901234567890123456789012345678901234567890bc"})
    void acceptsLowerCaseSlugsUpToADnsLabel(String value) {
        assertThat(new AgentId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Oulu-1", "1probe", "-probe", "probe_1", "probe.1", "probe 1",
            "a1234567890123456789012345678901234567890123456789012345678901bcd"})
    void refusesAnythingButALowerCaseSlugSayingWhatIsExpected(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgentId(value))
                .withMessageContaining("lower-case slug")
                .withMessageContaining(value);
    }

    @Test
    void printsAsItsValue() {
        assertThat(new AgentId("gent-olt-2")).hasToString("gent-olt-2");
    }
}
