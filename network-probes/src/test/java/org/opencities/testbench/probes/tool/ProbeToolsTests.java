package org.opencities.testbench.probes.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;

class ProbeToolsTests {

    static final StampSpec SPEC = StampSpec.of(Endpoint.parse("192.0.2.10:862"), 1);

    static ProbeTools throwing(RuntimeException e) {
        return new ProbeTools(spec -> {
            throw e;
        }, spec -> {
            throw e;
        }, spec -> {
            throw e;
        });
    }

    @Test
    void codesABrokenToolsExceptionAsFailuresDoes() {
        var result = throwing(new IllegalArgumentException("bad port")).measure(SPEC);

        assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(FailureCode.INVALID_SPEC);
            assertThat(failure.reason()).contains("stamp tool failed unexpectedly", "bad port");
        });
    }

    @Test
    void codesAnUnreachableNetworkAndAnUnreachableHostAsUnreachable() throws Exception {
        var network = Failures.of(SPEC, Instant.EPOCH, new java.net.SocketException("Network is unreachable"));
        var host = Failures.of(SPEC, Instant.EPOCH, new java.net.NoRouteToHostException("No route to host"));
        var other = Failures.of(SPEC, Instant.EPOCH, new java.net.SocketException("Connection reset"));

        assertThat(network.code()).isEqualTo(FailureCode.UNREACHABLE);
        assertThat(network.reason()).contains("Network is unreachable");
        assertThat(host.code()).isEqualTo(FailureCode.UNREACHABLE);
        assertThat(other.code()).isEqualTo(FailureCode.IO_ERROR);
    }

    @Test
    void anUnexpectedStateIsAProtocolErrorNotAnIoError() {
        var result = throwing(new IllegalStateException("unknown state 99")).measure(SPEC);

        assertThat(((MeasurementFailure) result).code()).isEqualTo(FailureCode.PROTOCOL_ERROR);
    }
}
