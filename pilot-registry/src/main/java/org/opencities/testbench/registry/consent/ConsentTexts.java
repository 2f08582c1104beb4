package org.opencities.testbench.registry.consent;

import java.util.List;
import java.util.Optional;

/** All published consent texts, every version of every purpose. */
public interface ConsentTexts {

    /** The newest version of each purpose that has one, in purpose order. */
    List<ConsentText> current();

    Optional<ConsentText> find(ConsentPurpose purpose, int version);

    /** The newest version number of the purpose, 0 when it has none yet. */
    int latestVersion(ConsentPurpose purpose);

    /** Stores a new version; throws {@link ConsentVersionTaken} if that version exists already. */
    void add(ConsentText text);
}
