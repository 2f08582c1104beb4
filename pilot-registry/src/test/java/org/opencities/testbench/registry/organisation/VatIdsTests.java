package org.opencities.testbench.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatIdsTests {

    @ParameterizedTest
    @CsvSource({"FI, FI12345671", "DE, DE123456789", "AT, ATU12345678", "GR, EL123456789", "NL, NL123456789B01",
            "FR, FRXX123456789", "IE, IE1234567WA", "ES, ESX1234567X", "SE, SE123456789001"})
    void acceptsTheFormatOfEachCountry(String country, String vatId) {
        assertThat(VatIds.check(country, vatId)).isEqualTo(vatId);
    }

    @Test
    void normalisesSpacesAndCase() {
        assertThat(VatIds.check("FI", "fi 1234 5671")).isEqualTo("FI12345671");
    }

    @Test
    void refusesAPrefixOfAnotherCountryNamingTheExpectedFormat() {
        assertThatThrownBy(() -> VatIds.check("FI", "DE123456789"))
                .isInstanceOfSatisfying(InvalidVatId.class, e -> assertThat(e.field()).isEqualTo("vatId"))
                .hasMessageContaining("FI followed by 8 digits");
    }

    @Test
    void refusesGreekVatIdsWithTheCountryCodeAsPrefix() {
        assertThatThrownBy(() -> VatIds.check("GR", "GR123456789")).hasMessageContaining("EL followed by 9 digits");
    }

    @Test
    void refusesAnOrganisationWhoseVatIdDoesNotFitItsCountry() {
        assertThatThrownBy(() -> new Organisation(new OrganisationId("acme"), "Acme", "IT", "IT123", "a@acme.example", 0))
                .isInstanceOf(InvalidVatId.class)
                .hasMessageContaining("11 digits");
    }
}
