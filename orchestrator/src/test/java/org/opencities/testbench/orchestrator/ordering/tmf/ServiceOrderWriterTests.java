package org.opencities.testbench.orchestrator.ordering.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import tools.jackson.databind.json.JsonMapper;

class ServiceOrderWriterTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesNumbersAsNumbersAndEverythingElseAsText() {
        var draft = ServiceOrderReader.draft(json.readTree("""
                {"serviceOrderItem": [{"id": "1", "action": "noChange", "service": {"id": "svc-1", "serviceCharacteristic": [
                  {"name": "rate", "value": 20000}, {"name": "ratio", "value": -0.25}, {"name": "big", "value": 1.5e3},
                  {"name": "city", "value": "helsinki"}, {"name": "postcode", "value": "007"}, {"name": "plus", "value": "+5"},
                  {"name": "empty", "value": ""}]}}]}"""));
        var items = draft.items().stream().map(drafted -> new ServiceOrderItem(drafted.id(), drafted.action(),
                OrderState.ACKNOWLEDGED, drafted.service(), null)).toList();
        var order = new ServiceOrder("o-1", null, null, OrderState.ACKNOWLEDGED, null, null, null, items, draft.details());

        @SuppressWarnings("unchecked")
        var item = ((List<Map<String, Object>>) ServiceOrderWriter.order("", order, Set.of()).get("serviceOrderItem")).get(0);
        @SuppressWarnings("unchecked")
        var characteristics = (List<Map<String, Object>>) ((Map<String, Object>) item.get("service")).get("serviceCharacteristic");

        assertThat(characteristics).extracting(characteristic -> characteristic.get("value")).containsExactly(
                new BigDecimal("20000"), new BigDecimal("-0.25"), new BigDecimal("1500.0"), "helsinki", "007", "+5", "");
    }
}
