package org.opencities.testbench.registry.call.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opencities.testbench.registry.Conflict;
import org.opencities.testbench.registry.Unprocessable;

/**
 * A form's errors keyed by field, each a message key of the page's bundle (so it shows in the
 * page's language) and the detail the rule gave. Rules name fields like {@code eligibility.testers}
 * or {@code points[1]}; the part before the first dot or bracket picks the message.
 */
record PageErrors(Map<String, String> keys, Map<String, String> details) {

    static final String FORM = "form";

    static PageErrors none() {
        return new PageErrors(Map.of(), Map.of());
    }

    static PageErrors of(Unprocessable e) {
        String field = e.field() == null ? FORM : e.field().split("[.\\[]")[0];
        return new PageErrors(Map.of(field, "calls.error." + field), Map.of(field, e.getMessage()));
    }

    static PageErrors of(Conflict e) {
        return new PageErrors(Map.of(FORM, "calls.error.conflict"), Map.of(FORM, e.getMessage()));
    }

    static PageErrors field(String field) {
        var keys = new LinkedHashMap<String, String>();
        keys.put(field, "calls.error." + field);
        return new PageErrors(keys, Map.of());
    }

    public boolean has(String field) {
        return keys.containsKey(field);
    }
}
