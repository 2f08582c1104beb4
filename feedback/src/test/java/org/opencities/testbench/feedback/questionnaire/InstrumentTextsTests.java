package org.opencities.testbench.feedback.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencities.testbench.feedback.instrument.Instrument;

class InstrumentTextsTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl"})
    void translatesEveryInstrumentTextIntoEachLanguage(String language) throws IOException {
        var english = texts("questionnaire/instruments.properties");
        var translated = texts("questionnaire/instruments_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.getProperty("sus.1")).isNotEqualTo(english.getProperty("sus.1"));
        assertThat(translated.stringPropertyNames()).allSatisfy(key -> assertThat(translated.getProperty(key)).isNotBlank());
    }

    @Test
    void givesEachInstrumentItsTextsInTheLanguageAsked() {
        assertThat(InstrumentTexts.text(Instrument.SUS, "3", "fi")).isEqualTo("Palvelu oli mielestäni helppokäyttöinen.");
        assertThat(InstrumentTexts.text(Instrument.UEQ_S, "1.right", "de")).isEqualTo("unterstützend");
        assertThat(InstrumentTexts.text(Instrument.MOS, "scale.5", "en")).isEqualTo("Excellent");
        assertThat(InstrumentTexts.text(Instrument.NPS, "question", "ca")).contains("recomanaríeu");
    }

    private static Properties texts(String path) throws IOException {
        try (var in = InstrumentTextsTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
