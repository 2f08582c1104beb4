package org.opencities.testbench.registry;

import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** The shape of an event's JSON, to compare what the registry publishes with the documented examples. */
public final class EventShapes {

    private EventShapes() {
    }

    /** Every field path of a JSON tree, such as {@code /requirements/downstream}, array elements written as {@code []}. */
    public static Set<String> fieldPaths(JsonNode node) {
        return paths(node, "");
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        var paths = new TreeSet<String>();
        if (node.isObject()) {
            for (var entry : node.properties()) {
                String path = prefix + "/" + entry.getKey();
                paths.add(path);
                paths.addAll(paths(entry.getValue(), path));
            }
        } else if (node.isArray()) {
            for (var element : node) {
                paths.addAll(paths(element, prefix + "[]"));
            }
        }
        return paths;
    }
}
