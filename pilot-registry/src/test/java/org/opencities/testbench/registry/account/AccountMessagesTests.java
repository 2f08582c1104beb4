package org.opencities.testbench.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every page and mail text of accounts and the SME portal exists, translated, in each language. */
class AccountMessagesTests {

    static final List<String> TRANSLATIONS = Languages.TAGS.subList(1, Languages.TAGS.size());

    @ParameterizedTest
    @FieldSource("TRANSLATIONS")
    void translatesEveryAccountsAndPortalKey(String language) throws IOException {
        var english = bundle("");
        var translated = bundle("_" + language);

        Set<String> keys = ours(english);
        assertThat(ours(translated)).containsExactlyInAnyOrderElementsOf(keys);
        var untranslated = keys.stream()
                .filter(key -> translated.getProperty(key).equals(english.getProperty(key)) && english.getProperty(key).length() > 12)
                .toList();
        assertThat(untranslated).as("texts left in English").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("TRANSLATIONS")
    void keepsThePlaceholdersOfTheMail(String language) throws IOException {
        String body = bundle("_" + language).getProperty("accounts.mail.body");

        String formatted = new MessageFormat(body, Locale.forLanguageTag(language)).format(new Object[] {"NAME", "LINK", 48});

        assertThat(formatted).contains("NAME", "LINK", "48");
    }

    private static Set<String> ours(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("accounts.") || key.startsWith("portal."))
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = AccountMessagesTests.class.getResourceAsStream("/i18n/registry" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
