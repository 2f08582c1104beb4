package org.opencities.testbench.orchestrator.ordering.tmf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.opencities.testbench.orchestrator.ordering.InvalidOrder;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderDetails;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import tools.jackson.databind.JsonNode;

/**
 * Reads TMF641 JSON into the orchestrator's order drafts, checking its shape: what is required,
 * what a client may not set (states), and the types of values. What the values mean is
 * {@code OrderIntake}'s part. Errors name the field by its JSON path.
 */
public final class ServiceOrderReader {

    /** Members only the bench sets; a PATCH naming one is refused. */
    static final Set<String> NOT_EDITABLE = Set.of("id", "href", "state", "orderDate", "startDate", "completionDate",
            "expectedCompletionDate", "cancellationDate", "cancellationReason", "serviceOrderItem", "errorMessage",
            "jeopardyAlert", "milestone", "@type", "@baseType", "@schemaLocation");

    private ServiceOrderReader() {
    }

    /** A draft order from a creating request's body. */
    public static ServiceOrder draft(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidOrder("body", "must be a JSON object: a TMF641 ServiceOrder");
        }
        refuseState(body, "state");
        var items = body.get("serviceOrderItem");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new InvalidOrder("serviceOrderItem", "an order needs at least one item (id, action, service)");
        }
        var drafts = new ArrayList<ServiceOrderItem>();
        for (int index = 0; index < items.size(); index++) {
            drafts.add(item("serviceOrderItem[" + index + "]", items.get(index)));
        }
        return new ServiceOrder(null, text(body, "externalId"), text(body, "description"), null, null, null, null, drafts,
                details(body, OrderDetails.NONE));
    }

    /** The details after a merge patch: members present replace, {@code null} clears; states and items refused. */
    static OrderDetails details(JsonNode body, OrderDetails current) {
        return new OrderDetails(
                body.has("priority") ? text(body, "priority") : current.priority(),
                body.has("category") ? text(body, "category") : current.category(),
                body.has("requestedStartDate") ? date(body, "requestedStartDate") : current.requestedStartDate(),
                body.has("requestedCompletionDate") ? date(body, "requestedCompletionDate") : current.requestedCompletionDate(),
                current.cancellationReason(), current.cancellationDate(),
                body.has("note") ? notes(body.get("note")) : current.notes(),
                body.has("relatedParty") ? parties(body.get("relatedParty")) : current.relatedParties());
    }

    /** A string member, {@code null} when absent or null; any other type is refused. */
    static String text(JsonNode node, String name) {
        return text(node, name, name);
    }

    private static ServiceOrderItem item(String path, JsonNode item) {
        if (!item.isObject()) {
            throw new InvalidOrder(path, "must be an object with id, action and service");
        }
        refuseState(item, path + ".state");
        String id = required(text(item, "id", path + ".id"), path + ".id");
        String action = required(text(item, "action", path + ".action"), path + ".action");
        ItemAction itemAction;
        try {
            itemAction = ItemAction.ofTmfName(action);
        } catch (IllegalArgumentException e) {
            throw new InvalidOrder(path + ".action", e.getMessage());
        }
        var service = item.get("service");
        if (service == null || !service.isObject()) {
            throw new InvalidOrder(path + ".service", "an item needs the service it is about");
        }
        refuseState(service, path + ".service.state");
        var specification = service.get("serviceSpecification");
        String specificationId = specification != null && specification.isObject()
                ? text(specification, "id", path + ".service.serviceSpecification.id") : null;
        return new ServiceOrderItem(id, itemAction, null, new RequestedService(text(service, "id", path + ".service.id"),
                specificationId, null, null, null, characteristics(path + ".service.serviceCharacteristic",
                        service.get("serviceCharacteristic"))), null);
    }

    private static LinkedHashMap<String, String> characteristics(String path, JsonNode list) {
        var characteristics = new LinkedHashMap<String, String>();
        if (list == null || list.isNull()) {
            return characteristics;
        }
        if (!list.isArray()) {
            throw new InvalidOrder(path, "must be a list of {name, value}");
        }
        for (int index = 0; index < list.size(); index++) {
            var characteristic = list.get(index);
            String at = path + "[" + index + "]";
            String name = required(characteristic.isObject() ? text(characteristic, "name", at + ".name") : null, at + ".name");
            var value = characteristic.get("value");
            if (value == null || !value.isValueNode() || value.isNull()) {
                throw new InvalidOrder(path + "." + name, "must have a value that is a string or a number");
            }
            characteristics.put(name, value.asString());
        }
        return characteristics;
    }

    private static List<OrderDetails.Note> notes(JsonNode list) {
        var notes = new ArrayList<OrderDetails.Note>();
        for (int index = 0; list != null && list.isArray() && index < list.size(); index++) {
            var note = list.get(index);
            String path = "note[" + index + "]";
            notes.add(new OrderDetails.Note(text(note, "id", path + ".id"), text(note, "author", path + ".author"),
                    date(note, "date", path + ".date"), required(text(note, "text", path + ".text"), path + ".text")));
        }
        requireList(list, "note");
        return notes;
    }

    private static List<OrderDetails.Party> parties(JsonNode list) {
        var parties = new ArrayList<OrderDetails.Party>();
        for (int index = 0; list != null && list.isArray() && index < list.size(); index++) {
            var party = list.get(index);
            String path = "relatedParty[" + index + "]";
            parties.add(new OrderDetails.Party(required(text(party, "id", path + ".id"), path + ".id"),
                    text(party, "href", path + ".href"), text(party, "name", path + ".name"),
                    text(party, "role", path + ".role"), text(party, "@type", path + ".@type"),
                    text(party, "@referredType", path + ".@referredType")));
        }
        requireList(list, "relatedParty");
        return parties;
    }

    private static void requireList(JsonNode list, String path) {
        if (list != null && !list.isNull() && !list.isArray()) {
            throw new InvalidOrder(path, "must be a list");
        }
    }

    private static void refuseState(JsonNode node, String path) {
        if (node.has("state")) {
            throw new InvalidOrder(path, "states are set by the bench and derived from the items, never by a client");
        }
    }

    private static String text(JsonNode node, String name, String path) {
        var value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidOrder(path, "must be a string");
        }
        return value.stringValue();
    }

    private static Instant date(JsonNode node, String name) {
        return date(node, name, name);
    }

    private static Instant date(JsonNode node, String name, String path) {
        String value = text(node, name, path);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidOrder(path, "must be a date-time such as 2027-01-20T10:00:00Z, it is '" + value + "'");
        }
    }

    private static String required(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new InvalidOrder(path, "is required");
        }
        return value;
    }
}
