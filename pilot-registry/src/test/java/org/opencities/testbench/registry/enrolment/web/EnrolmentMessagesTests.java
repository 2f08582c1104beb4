package org.opencities.testbench.registry.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrolmentMessagesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl"})
    void translatesEveryEnrolmentTextOfTheEnglishBundle(String language) throws IOException {
        var english = bundle("i18n/registry.properties");
        var translated = bundle("i18n/registry_" + language + ".properties");

        assertThat(enrolmentKeys(translated)).isEqualTo(enrolmentKeys(english)).isNotEmpty();
        assertThat(translated.getProperty("enrol.form.heading")).isNotEqualTo(english.getProperty("enrol.form.heading"));
        assertThat(translated.getProperty("enrol.error.participation"))
                .isNotEqualTo(english.getProperty("enrol.error.participation"));
    }

    private static Set<String> enrolmentKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("enrol."))
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String path) throws IOException {
        try (var in = EnrolmentMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
