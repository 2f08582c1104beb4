package org.opencities.testbench.registry.account.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The messages a form page shows next to its fields, by field name, in the page's language.
 * Validation messages arrive already translated (their templates are keys of the registry's
 * bundles); a value that could not even be converted gets the given key's message.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** The first message of each field with errors, in field order. */
    public static Map<String, String> of(BindingResult result, MessageSource messages, String conversionKey,
            Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (FieldError error : result.getFieldErrors()) {
            String message = error.isBindingFailure()
                    ? messages.getMessage(conversionKey, null, locale)
                    : String.valueOf(error.getDefaultMessage());
            errors.putIfAbsent(error.getField(), message);
        }
        return errors;
    }
}
