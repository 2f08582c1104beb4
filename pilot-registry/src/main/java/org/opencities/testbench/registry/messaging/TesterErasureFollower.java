package org.opencities.testbench.registry.messaging;

import org.apache.camel.Exchange;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.opencities.testbench.registry.enrolment.service.TesterErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the feedback module's {@code tester.erased}: the registry erases its own traces of the
 * person (contact address, personal token) and keeps the pseudonymous enrolment. An event about an
 * unknown or malformed pseudonym is logged and acknowledged: sending it again would not make it apply.
 */
@Component
class TesterErasureFollower {

    static final String TYPE = "tester.erased";

    private static final Logger log = LoggerFactory.getLogger(TesterErasureFollower.class);

    private final TesterErasure erasure;
    private final JsonMapper json;

    TesterErasureFollower(TesterErasure erasure, JsonMapper json) {
        this.erasure = erasure;
        this.json = json;
    }

    void follow(Exchange exchange) {
        var message = exchange.getIn();
        String tester = json.readTree(message.getBody(byte[].class)).path("tester")
                .asString(message.getHeader("ce_subject", "", String.class));
        try {
            if (!erasure.erase(new TesterId(tester))) {
                log.info("Nothing left to erase for {} ({})", tester, message.getHeader("ce_id"));
            }
        } catch (IllegalArgumentException e) {
            log.warn("Ignored {} {}: {}", TYPE, message.getHeader("ce_id"), e.getMessage());
        }
    }
}
