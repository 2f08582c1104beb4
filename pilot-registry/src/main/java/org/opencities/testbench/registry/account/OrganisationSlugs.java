package org.opencities.testbench.registry.account;

import java.text.Normalizer;
import java.util.Locale;

/** Turns an organisation's name into the slug its id and URLs use, e.g. "Ääni Labs Oy" into {@code aani-labs-oy}. */
public final class OrganisationSlugs {

    /** Room is left under the id's 40 characters for a suffix such as {@code -12}. */
    private static final int MAX = 36;

    private OrganisationSlugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "org";
        } else if (!Character.isLetter(slug.charAt(0))) {
            slug = "org-" + slug;
        }
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.length() < 2 ? slug + "-org" : slug;
    }

    /** The n-th alternative when the slug is taken: {@code slug-2}, {@code slug-3}, ... */
    public static String alternative(String slug, int n) {
        return slug + "-" + n;
    }
}
