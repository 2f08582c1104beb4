package org.opencities.testbench.orchestrator.platform;

import io.prometheus.client.Counter;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

/** Counts the exchanges every Camel route completes, and those that failed. */
class CamelRouteMetrics implements RoutePolicyFactory {

    // Registered once per JVM: several application contexts (tests) share the default registry.
    private static final Counter EXCHANGES = Counter.build("testbench_camel_exchanges",
            "Exchanges completed by a Camel route").labelNames("route").register();
    private static final Counter FAILURES = Counter.build("testbench_camel_exchanges_failed",
            "Exchanges a Camel route completed with a failure").labelNames("route").register();

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new RoutePolicySupport() {
            @Override
            public void onExchangeDone(Route route, Exchange exchange) {
                EXCHANGES.labels(route.getRouteId()).inc();
                if (exchange.isFailed()) {
                    FAILURES.labels(route.getRouteId()).inc();
                }
            }
        };
    }
}
