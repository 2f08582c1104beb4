package org.opencities.testbench.registry.app.web;

import java.util.List;
import java.util.Locale;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.Bandwidth;

/** An app as the REST API shows it, with the T-CONT type each direction needs. */
record AppResponse(String id, String organisation, String name, String description, String category,
        List<String> platforms, List<String> languages, String website, Network networkRequirements, long version) {

    record Network(Rates downstream, Rates upstream, int maxLatencyMs, int maxJitterMs, double maxLossRatio) {
    }

    record Rates(long guaranteedKbps, long maximumKbps, String tcontType) {

        static Rates of(Bandwidth bandwidth) {
            return new Rates(bandwidth.guaranteedKbps(), bandwidth.maximumKbps(), bandwidth.tcontType().name());
        }
    }

    static AppResponse of(App app) {
        var network = app.network();
        return new AppResponse(app.id().toString(), app.organisation().value(), app.name(), app.description(),
                app.category().name(), app.platforms(), app.languages().stream().map(Locale::toLanguageTag).toList(),
                app.website() == null ? null : app.website().toString(),
                new Network(Rates.of(network.downstream()), Rates.of(network.upstream()), network.maxLatencyMs(),
                        network.maxJitterMs(), network.maxLossRatio()),
                app.version());
    }
}
