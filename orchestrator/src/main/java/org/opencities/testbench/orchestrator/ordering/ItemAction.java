package org.opencities.testbench.orchestrator.ordering;

import java.util.Arrays;

/** What an order item asks for, with its TMF641 names. */
public enum ItemAction {
    ADD("add"), MODIFY("modify"), DELETE("delete"), NO_CHANGE("noChange");

    private final String tmfName;

    ItemAction(String tmfName) {
        this.tmfName = tmfName;
    }

    public String tmfName() {
        return tmfName;
    }

    public static ItemAction ofTmfName(String name) {
        return Arrays.stream(values()).filter(action -> action.tmfName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an order item action; one of "
                        + Arrays.stream(values()).map(ItemAction::tmfName).toList()));
    }
}
