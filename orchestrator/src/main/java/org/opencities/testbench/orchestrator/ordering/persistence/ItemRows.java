package org.opencities.testbench.orchestrator.ordering.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.opencities.testbench.orchestrator.admission.persistence.DemandColumns;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a row of {@code orchestrator.service_order_item} maps to an order item; shared with the
 * provisioning sagas, which read a saga beside its item.
 */
public final class ItemRows {

    private static final TypeReference<Map<String, String>> CHARACTERISTICS = new TypeReference<>() {
    };

    private ItemRows() {
    }

    /** The item in the current row, whose columns have their own names ({@code id}, {@code state}, {@code service_id}, ...). */
    public static ServiceOrderItem item(ResultSet rs, JsonMapper json) throws SQLException {
        Map<String, String> characteristics = json.readValue(rs.getString("characteristics"), CHARACTERISTICS);
        var service = new RequestedService(rs.getString("service_id"), rs.getString("specification_id"),
                rs.getString("city"), rs.getString("pilot_id"), DemandColumns.read(rs), characteristics);
        return new ServiceOrderItem(rs.getString("id"), ItemAction.valueOf(rs.getString("action")),
                OrderState.valueOf(rs.getString("state")), service, rs.getString("error_message"));
    }
}
