package org.opencities.testbench.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl"})
    void translatesEveryKeyOfTheEnglishBundle(String language) throws IOException {
        var english = bundle("i18n/feedback.properties");
        var translated = bundle("i18n/feedback_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.getProperty("instruments.heading")).isNotEqualTo(english.getProperty("instruments.heading"));
    }

    private static Properties bundle(String path) throws IOException {
        try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
