package org.opencities.testbench.probes.agent.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.probes.result.HttpTimingResult;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.result.ThroughputResult;
import org.opencities.testbench.probes.schedule.ActivationCriteria;

/** The {@code result} object of {@code measurement.completed}, per tool, as the AsyncAPI document shows it. */
final class ResultJson {

    private ResultJson() {
    }

    static Map<String, Object> of(MeasurementResult result, ActivationCriteria criteria) {
        var json = new LinkedHashMap<String, Object>();
        json.put("target", result.target());
        if (result instanceof StampResult stamp) {
            if (stamp.rtt() != null) {
                var rtt = new LinkedHashMap<String, Object>();
                rtt.put("min", stamp.rtt().minMillis());
                rtt.put("mean", stamp.rtt().meanMillis());
                rtt.put("median", stamp.rtt().medianMillis());
                rtt.put("p95", stamp.rtt().p95Millis());
                rtt.put("max", stamp.rtt().maxMillis());
                json.put("rttMs", rtt);
            }
            json.put("jitterMs", stamp.jitterMillis());
            json.put("lossRatio", stamp.lossRatio());
            json.put("sent", stamp.sent());
            json.put("received", stamp.received());
            json.put("duplicates", stamp.duplicates());
            json.put("reordered", stamp.reordered());
            if (criteria != null) {
                List<String> violations = criteria.violations(stamp);
                json.put("activation", Map.of("passed", violations.isEmpty(), "violations", violations));
            }
        } else if (result instanceof ThroughputResult throughput) {
            json.put("goodputBps", throughput.goodputBitsPerSecond());
            json.put("bytes", throughput.bytes());
            json.put("seconds", throughput.seconds());
            json.put("streams", throughput.streams());
            json.put("reverse", throughput.reverse());
            json.put("retransmits", throughput.retransmits());
            json.put("tcpEfficiencyPercent", throughput.tcpEfficiencyPercent());
        } else if (result instanceof HttpTimingResult http) {
            json.put("status", http.status());
            json.put("dnsMs", http.dnsMillis());
            json.put("connectMs", http.connectMillis());
            json.put("tlsMs", http.tlsMillis());
            json.put("firstByteMs", http.firstByteMillis());
            json.put("totalMs", http.totalMillis());
            json.put("bodyBytes", http.bodyBytes());
        }
        return json;
    }
}
