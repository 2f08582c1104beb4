package org.opencities.testbench.registry.account.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.registry.account.Languages;
import org.opencities.testbench.registry.account.Registration;

/**
 * A visitor's registration of an organisation and its first user, from the API and the form alike.
 * Messages are keys of the registry's bundles, so each caller reads them in its own language.
 */
record RegistrationRequest(@NotNull(message = "{accounts.invalid.required}") @Valid Organisation organisation,
        @NotNull(message = "{accounts.invalid.required}") @Valid User user) {

    record Organisation(
            @NotBlank(message = "{accounts.invalid.required}") @Size(max = 200, message = "{accounts.invalid.tooLong}") String name,
            @NotBlank(message = "{accounts.invalid.required}") @Pattern(regexp = "[A-Z]{2}", message = "{accounts.invalid.country}") String country,
            @NotBlank(message = "{accounts.invalid.required}") @Size(max = 20, message = "{accounts.invalid.tooLong}") String vatId,
            @NotBlank(message = "{accounts.invalid.required}") @Email(message = "{accounts.invalid.email}") @Size(max = 254, message = "{accounts.invalid.tooLong}") String contactEmail) {
    }

    record User(
            @NotBlank(message = "{accounts.invalid.required}") @Email(message = "{accounts.invalid.email}") @Size(max = 254, message = "{accounts.invalid.tooLong}") String email,
            @NotBlank(message = "{accounts.invalid.required}") @Size(max = 200, message = "{accounts.invalid.tooLong}") String displayName,
            @NotNull(message = "{accounts.invalid.required}") @Size(min = 12, max = Registration.MAX_PASSWORD_BYTES, message = "{accounts.invalid.password}") String password,
            @NotBlank(message = "{accounts.invalid.required}") @Pattern(regexp = Languages.PATTERN, message = "{accounts.invalid.language}") String language) {

        @Override
        public String toString() {
            return "User[" + email + "]";
        }
    }

    /** An empty form, in the language the visitor reads the page in. */
    static RegistrationRequest empty(Locale language) {
        return new RegistrationRequest(new Organisation("", "", "", ""),
                new User("", "", "", Languages.supported(language).getLanguage()));
    }

    Registration toRegistration() {
        return new Registration(organisation.name().trim(), organisation.country(), organisation.vatId(),
                organisation.contactEmail().trim(), user.email().trim(), user.displayName().trim(), user.password(),
                Locale.forLanguageTag(user.language()));
    }
}
