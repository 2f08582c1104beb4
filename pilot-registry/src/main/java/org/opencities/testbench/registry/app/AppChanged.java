package org.opencities.testbench.registry.app;

import org.opencities.testbench.registry.Conflict;

/** Thrown when an app changed between reading it and storing an update. */
public class AppChanged extends Conflict {

    public AppChanged(AppId id) {
        super("App '" + id + "' changed meanwhile: read it again and reapply your change");
    }
}
