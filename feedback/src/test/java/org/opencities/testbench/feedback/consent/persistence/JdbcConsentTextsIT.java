package org.opencities.testbench.feedback.consent.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.feedback.TestDatabases;
import org.opencities.testbench.feedback.consent.ConsentPurpose;
import org.opencities.testbench.feedback.consent.ConsentText;
import org.opencities.testbench.feedback.consent.ConsentTextAlreadyPublished;
import org.opencities.testbench.feedback.consent.ConsentTextId;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcConsentTextsIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale FINLAND_SWEDISH = Locale.forLanguageTag("sv-FI");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryVersionAndFindsTheLatestOfAPurposeInALanguage(String name, DataSource dataSource) {
        FeedbackModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM feedback.consent_text").update();
        var texts = new JdbcConsentTexts(jdbc);
        var second = text(ConsentPurpose.RESEARCH, 2, FINNISH, "Vastauksiani saa käyttää tutkimuksessa.");
        var swedish = text(ConsentPurpose.RESEARCH, 3, FINLAND_SWEDISH, "Mina svar får användas i forskning.");

        texts.add(text(ConsentPurpose.RESEARCH, 1, FINNISH, "Ensimmäinen versio."));
        texts.add(second);
        texts.add(swedish);
        texts.add(text(ConsentPurpose.CONTACT, 4, FINNISH, "Minuun saa ottaa yhteyttä."));

        assertThat(texts.latest(ConsentPurpose.RESEARCH, FINNISH)).contains(second);
        assertThat(texts.latest(ConsentPurpose.RESEARCH, FINLAND_SWEDISH)).contains(swedish);
        assertThat(texts.latest(ConsentPurpose.PARTICIPATION, FINNISH)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesToReplaceAPublishedVersion(String name, DataSource dataSource) {
        FeedbackModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM feedback.consent_text").update();
        var texts = new JdbcConsentTexts(jdbc);
        var published = text(ConsentPurpose.PARTICIPATION, 1, FINNISH, "Osallistun pilottiin.");
        texts.add(published);

        assertThatThrownBy(() -> texts.add(text(ConsentPurpose.PARTICIPATION, 1, FINNISH, "Korjattu teksti.")))
                .isInstanceOf(ConsentTextAlreadyPublished.class)
                .hasMessageContaining("version 2");
        assertThat(texts.latest(ConsentPurpose.PARTICIPATION, FINNISH)).contains(published);
    }

    private static ConsentText text(ConsentPurpose purpose, int version, Locale language, String body) {
        return new ConsentText(ConsentTextId.random(), purpose, version, language, body,
                Instant.parse("2026-03-0%dT09:30:00Z".formatted(version)));
    }
}
