package org.opencities.testbench.registry.consent;

import org.opencities.testbench.registry.Conflict;

/** Two administrators published a version of the same purpose at once; the later one is refused. */
public class ConsentVersionTaken extends Conflict {

    public ConsentVersionTaken(ConsentPurpose purpose, int version) {
        super("Version " + version + " of the " + purpose.code()
                + " consent text was published meanwhile; read the current version and publish again");
    }
}
