package org.opencities.testbench.registry.app;

import org.opencities.testbench.registry.NotFound;

/** Thrown when an app id names no app the caller may see. */
public class AppNotFound extends NotFound {

    public AppNotFound(AppId id) {
        super("No app with id '" + id + "' that you may see; list an organisation's apps at /api/v1/organisations/{id}/apps");
    }
}
