package org.opencities.testbench.probes.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentAddressTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            192.0.2.10:862                      | 192.0.2.10                  | 862
            0.0.0.0:1                           | 0.0.0.0                     | 1
            255.255.255.255:65535               | 255.255.255.255             | 65535
            [2001:db8::10]:5201                 | 2001:db8::10                | 5201
            [::1]:862                           | ::1                         | 862
            [fe80:0:0:0:202:b3ff:fe1e:8329]:862 | fe80:0:0:0:202:b3ff:fe1e:8329 | 862
            localhost:8080                      | localhost                   | 8080
            probe-1.oulu.example:5201           | probe-1.oulu.example        | 5201
            olt-7.gent.fibre.example.net:862    | olt-7.gent.fibre.example.net | 862
            """)
    void readsLiteralAddressesAndHostNamesWithTheirPort(String text, String host, int port) {
        var address = AgentAddress.parse(text);

        assertThat(address.host()).isEqualTo(host);
        assertThat(address.port()).isEqualTo(port);
        assertThat(address).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "192.0.2.10:0", "192.0.2.10:65536", "192.0.2.10:99999", "192.0.2.10:-1",
            "192.0.2.10:0862", "300.1.1.1:862", "192.0.2:862", "2001:db8::10:862", "[2001:db8::g]:862",
            "[1:2:3:4:5:6:7:8:9]:862", "probe_1.example:862", "-probe.example:862", "probe-.example:862",
            "probe..example:862", "probe.example.:862", ":862", "probe.example:", "probe example:862",
            "http://probe.example:862", ""})
    void refusesAnythingButHostColonPortSayingWhatIsExpected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AgentAddress.parse(text))
                .withMessageContaining("host:port")
                .withMessageContaining("1 to 65535");
    }

    @Test
    void refusesAHostNameLongerThanDnsAllows() {
        String label = "a".repeat(63);
        String name = String.join(".", label, label, label, label);

        assertThatIllegalArgumentException().isThrownBy(() -> AgentAddress.parse(name + ":862"));
        assertThat(AgentAddress.parse(name.substring(2) + ":862").port()).isEqualTo(862);
    }

    @Test
    void refusesAPortOutOfRangeWhenBuiltDirectly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgentAddress("192.0.2.10", 70_000))
                .withMessageContaining("70000");
    }
}
