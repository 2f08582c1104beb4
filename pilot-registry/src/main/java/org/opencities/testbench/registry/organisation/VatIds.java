package org.opencities.testbench.registry.organisation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The format of VAT identification numbers in the EU member states (as VIES checks them before
 * asking the national register). Only the format is checked here, not whether the number exists.
 * Greece is {@code GR} as a country but {@code EL} as a VAT prefix.
 */
public final class VatIds {

    private static final Pattern ANY = Pattern.compile("[A-Z]{2}[A-Z0-9]{2,13}");

    private record Format(Pattern pattern, String description) {
    }

    private static final Map<String, Format> EU = Map.ofEntries(
            format("AT", "ATU\\d{8}", "ATU followed by 8 digits"),
            format("BE", "BE[01]\\d{9}", "BE followed by 10 digits starting with 0 or 1"),
            format("BG", "BG\\d{9,10}", "BG followed by 9 or 10 digits"),
            format("CY", "CY\\d{8}[A-Z]", "CY followed by 8 digits and a letter"),
            format("CZ", "CZ\\d{8,10}", "CZ followed by 8 to 10 digits"),
            format("DE", "DE\\d{9}", "DE followed by 9 digits"),
            format("DK", "DK\\d{8}", "DK followed by 8 digits"),
            format("EE", "EE\\d{9}", "EE followed by 9 digits"),
            format("GR", "EL\\d{9}", "EL followed by 9 digits"),
            format("ES", "ES[A-Z0-9]\\d{7}[A-Z0-9]", "ES followed by 9 characters, first and last a letter or digit, 7 digits between"),
            format("FI", "FI\\d{8}", "FI followed by 8 digits"),
            format("FR", "FR[A-HJ-NP-Z0-9]{2}\\d{9}", "FR followed by a 2-character key and 9 digits"),
            format("HR", "HR\\d{11}", "HR followed by 11 digits"),
            format("HU", "HU\\d{8}", "HU followed by 8 digits"),
            format("IE", "IE\\d[A-Z0-9+*]\\d{5}[A-Z]{1,2}", "IE followed by 8 or 9 characters: digit, letter or digit, 5 digits, 1 or 2 letters"),
            format("IT", "IT\\d{11}", "IT followed by 11 digits"),
            format("LT", "LT(\\d{9}|\\d{12})", "LT followed by 9 or 12 digits"),
            format("LU", "LU\\d{8}", "LU followed by 8 digits"),
            format("LV", "LV\\d{11}", "LV followed by 11 digits"),
            format("MT", "MT\\d{8}", "MT followed by 8 digits"),
            format("NL", "NL\\d{9}B\\d{2}", "NL followed by 9 digits, B and 2 digits"),
            format("PL", "PL\\d{10}", "PL followed by 10 digits"),
            format("PT", "PT\\d{9}", "PT followed by 9 digits"),
            format("RO", "RO\\d{2,10}", "RO followed by 2 to 10 digits"),
            format("SE", "SE\\d{12}", "SE followed by 12 digits"),
            format("SI", "SI\\d{8}", "SI followed by 8 digits"),
            format("SK", "SK\\d{10}", "SK followed by 10 digits"));

    private VatIds() {
    }

    /**
     * The VAT id normalised (upper case, no spaces or dots), provided it has the format of the
     * given country; outside the EU any 2-letter prefix with 2 to 13 letters or digits is taken.
     *
     * @throws InvalidVatId naming the format expected
     */
    public static String check(String country, String vatId) {
        String normalised = vatId == null ? "" : vatId.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        var format = EU.get(country);
        if (format == null) {
            if (!ANY.matcher(normalised).matches()) {
                throw new InvalidVatId(vatId, country, "a 2-letter prefix followed by 2 to 13 letters or digits");
            }
            return normalised;
        }
        if (!format.pattern().matcher(normalised).matches()) {
            throw new InvalidVatId(vatId, country, format.description());
        }
        return normalised;
    }

    private static Map.Entry<String, Format> format(String country, String regex, String description) {
        return Map.entry(country, new Format(Pattern.compile(regex), description));
    }
}
