package org.opencities.testbench.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.organisation.OrganisationId;

class OrganisationSlugsTests {

    @Test
    void dropsAccentsAndPunctuationFromTheName() {
        assertThat(OrganisationSlugs.of("Ääni Labs Oy")).isEqualTo("aani-labs-oy");
        assertThat(OrganisationSlugs.of("  Ça va? S.L.  ")).isEqualTo("ca-va-s-l");
    }

    @Test
    void startsWithALetterEvenWhenTheNameDoesNot() {
        assertThat(OrganisationSlugs.of("3D Print GmbH")).isEqualTo("org-3d-print-gmbh");
        assertThat(OrganisationSlugs.of("東京")).isEqualTo("org");
    }

    @Property
    void alwaysMakesAValidOrganisationIdAlsoWithASuffix(@ForAll String name) {
        String slug = OrganisationSlugs.of(name);

        assertThat(new OrganisationId(slug).value()).isEqualTo(slug);
        assertThat(new OrganisationId(OrganisationSlugs.alternative(slug, 50)).value()).endsWith("-50");
    }
}
