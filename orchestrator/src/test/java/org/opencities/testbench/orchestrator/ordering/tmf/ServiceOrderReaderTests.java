package org.opencities.testbench.orchestrator.ordering.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.ordering.InvalidOrder;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderDetails;
import tools.jackson.databind.json.JsonMapper;

class ServiceOrderReaderTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsItemsCharacteristicsAndDetailsInTheirOrder() {
        var draft = ServiceOrderReader.draft(json.readTree("""
                {"externalId": "x-1", "priority": "2", "requestedStartDate": "2027-01-15T10:00:00+02:00",
                 "note": [{"text": "hello", "author": "op"}],
                 "relatedParty": [{"id": "org-velo", "@type": "RelatedParty", "@referredType": "Organization"}],
                 "serviceOrderItem": [{"id": "1", "action": "noChange", "service": {"id": "svc-1",
                   "serviceCharacteristic": [{"name": "b", "value": 2}, {"name": "a", "value": "one"}]}}]}"""));

        assertThat(draft.externalId()).isEqualTo("x-1");
        assertThat(draft.details().priority()).isEqualTo("2");
        assertThat(draft.details().requestedStartDate()).isEqualTo(Instant.parse("2027-01-15T08:00:00Z"));
        assertThat(draft.details().notes()).containsExactly(new OrderDetails.Note(null, "op", null, "hello"));
        assertThat(draft.details().relatedParties().get(0).referredType()).isEqualTo("Organization");
        var item = draft.items().get(0);
        assertThat(item.action()).isEqualTo(ItemAction.NO_CHANGE);
        assertThat(item.service().serviceId()).isEqualTo("svc-1");
        assertThat(item.service().characteristics()).containsExactly(Map.entry("b", "2"), Map.entry("a", "one"));
    }

    @Test
    void namesTheFieldOfAWrongTypeOrDate() {
        assertThatThrownBy(() -> ServiceOrderReader.draft(json.readTree("""
                {"externalId": 7, "serviceOrderItem": [{"id": "1", "action": "add", "service": {}}]}""")))
                .isInstanceOf(InvalidOrder.class).extracting(e -> ((InvalidOrder) e).field()).isEqualTo("externalId");
        assertThatThrownBy(() -> ServiceOrderReader.draft(json.readTree("""
                {"requestedStartDate": "tomorrow", "serviceOrderItem": [{"id": "1", "action": "add", "service": {}}]}""")))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("requestedStartDate");
        assertThatThrownBy(() -> ServiceOrderReader.draft(json.readTree("""
                {"serviceOrderItem": [{"id": "1", "action": "add", "service": {"serviceCharacteristic": [{"name": "city"}]}}]}""")))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[0].service.serviceCharacteristic.city");
        assertThatThrownBy(() -> ServiceOrderReader.draft(json.readTree("""
                {"note": [{"author": "op"}], "serviceOrderItem": [{"id": "1", "action": "add", "service": {}}]}""")))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("note[0].text");
    }

    @Test
    void refusesAStateOnTheServiceToo() {
        assertThatThrownBy(() -> ServiceOrderReader.draft(json.readTree("""
                {"serviceOrderItem": [{"id": "1", "action": "add", "service": {"state": "active"}}]}""")))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[0].service.state");
    }
}
