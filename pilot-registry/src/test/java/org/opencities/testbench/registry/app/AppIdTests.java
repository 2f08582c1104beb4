package org.opencities.testbench.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class AppIdTests {

    @Test
    void parsesTheRegistrysIdsAndNothingElse() {
        var id = UUID.randomUUID();

        assertThat(AppId.parse(id.toString())).contains(new AppId(id));
        assertThat(AppId.parse("app-citybike")).isEmpty();
    }
}
