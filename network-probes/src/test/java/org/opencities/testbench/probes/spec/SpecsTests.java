package org.opencities.testbench.probes.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecsTests {

    private static final Endpoint LOOPBACK = new Endpoint("127.0.0.1", 862);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1:862       | 127.0.0.1        | 862
            [::1]:5201          | ::1              | 5201
            probe-1.example:80  | probe-1.example  | 80
            """)
    void readsEndpoints(String text, String host, int port) {
        var endpoint = Endpoint.parse(text);

        assertThat(endpoint).isEqualTo(new Endpoint(host, port));
        assertThat(endpoint).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:", ":862", "::1:862", "host:http", "host:0", "host:65536"})
    void refusesEndpointsWithoutAUsablePort(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoint.parse(text));
    }

    @Test
    void boundsAStampSessionByItsScheduleAndTimeout() {
        var spec = new StampSpec(LOOPBACK, 100, Duration.ofMillis(10), 0, 46, Duration.ofSeconds(1));

        assertThat(spec.bound()).isEqualTo(Duration.ofSeconds(2));
        assertThat(spec.address()).isEqualTo("127.0.0.1:862");
    }

    @Test
    void refusesStampSessionsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StampSpec(LOOPBACK, 0, Duration.ZERO, 0, 0,
                Duration.ofSeconds(1))).withMessageContaining("count");
        assertThatIllegalArgumentException().isThrownBy(() -> new StampSpec(LOOPBACK, 1, Duration.ZERO,
                StampSpec.MAX_PADDING + 1, 0, Duration.ofSeconds(1))).withMessageContaining("padding");
        assertThatIllegalArgumentException().isThrownBy(() -> new StampSpec(LOOPBACK, 100_000, Duration.ofSeconds(1), 0,
                0, Duration.ofSeconds(1))).withMessageContaining("one hour");
    }

    @Test
    void refusesThroughputTestsThatIperf3CannotExpress() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ThroughputSpec(LOOPBACK, Duration.ofMillis(1500),
                Duration.ZERO, 1, false, 1024, Duration.ofSeconds(1), null)).withMessageContaining("whole seconds");
        assertThatIllegalArgumentException().isThrownBy(() -> new ThroughputSpec(LOOPBACK, Duration.ofSeconds(1),
                Duration.ZERO, 129, false, 1024, Duration.ofSeconds(1), null)).withMessageContaining("parallel");
    }

    @Test
    void boundsAThroughputTestByItsDataPhaseAndSetupSteps() {
        var spec = new ThroughputSpec(LOOPBACK, Duration.ofSeconds(10), Duration.ofSeconds(2), 4, true, 1024,
                Duration.ofSeconds(1), null);

        assertThat(spec.bound()).isEqualTo(Duration.ofSeconds(17));
    }

    @Test
    void timesOnlyHttpAndHttpsUrls() {
        assertThatIllegalArgumentException().isThrownBy(() -> HttpTimingSpec.of(URI.create("ftp://127.0.0.1/")))
                .withMessageContaining("http or https");
        assertThat(HttpTimingSpec.of(URI.create("https://127.0.0.1:8443/health")).bound()).isEqualTo(Duration.ofSeconds(10));
    }
}
