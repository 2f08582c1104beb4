package org.opencities.testbench.probes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in every language the language selector offers. */
class ProbesMessagesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl"})
    void translatesEveryKeyOfTheEnglishBundle(String language) throws IOException {
        var english = bundle("i18n/probes.properties");
        var translated = bundle("i18n/probes_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(translated.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    private static Properties bundle(String resource) throws IOException {
        var stream = ProbesMessagesTests.class.getClassLoader().getResourceAsStream(resource);
        assertThat(stream).as(resource).isNotNull();
        try (var reader = new InputStreamReader(stream, UTF_8)) {
            var properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
