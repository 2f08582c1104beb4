package org.opencities.testbench.probes.tool.iperf3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTests {

    @Test
    void readsStockIperf3Results() {
        var results = Json.parseObject("""
                {"cpu_util_total":1.5,"cpu_util_user":0.25,"cpu_util_system":1.25,"sender_has_retransmits":1,
                 "congestion_used":"cubic","streams":[{"id":1,"bytes":123456789012,"retransmits":3,"jitter":0,
                 "errors":0,"packets":0,"start_time":0,"end_time":1.000042}]}""");

        var peer = IperfResults.peer(results);

        assertThat(peer).isEqualTo(new IperfResults.Peer(123_456_789_012L, 1.000042, 3L));
        assertThat(results.get("congestion_used")).isEqualTo("cubic");
    }

    @Test
    void writesWhatItReads() {
        var object = new LinkedHashMap<String, Object>();
        object.put("tcp", true);
        object.put("time", 10L);
        object.put("name", "a \"quoted\" \\ name\n");
        object.put("list", List.of(1L, 2.5, Map.of()));
        object.put("none", null);

        assertThat(Json.parseObject(Json.write(object))).isEqualTo(object);
    }

    @Test
    void treatsMissingRetransmitsAsUnknown() {
        var peer = IperfResults.peer(Json.parseObject("""
                {"sender_has_retransmits":0,"streams":[{"id":1,"bytes":10,"retransmits":-1}]}"""));

        assertThat(peer.retransmits()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":}", "[1,2", "\"open", "{\"a\":1} x", "tru", "{\"a\":--1}",
            "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]"})
    void refusesMalformedJson(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Json.parse(text)).withMessageContaining("invalid JSON");
    }
}
