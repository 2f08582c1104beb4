package org.opencities.testbench.registry.account.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.opencities.testbench.registry.RegistryProperties;
import org.opencities.testbench.registry.account.ConfirmationRefused;
import org.opencities.testbench.registry.account.EmailTaken;
import org.opencities.testbench.registry.account.InvalidRegistration;
import org.opencities.testbench.registry.account.Languages;
import org.opencities.testbench.registry.account.UnknownConfirmation;
import org.opencities.testbench.registry.account.service.Registrations;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages a visitor registers an SME with, and confirms the e-mail address on. */
@Controller
class RegistrationPages {

    private final Registrations registrations;
    private final ConfirmationLinks links;
    private final MessageSource messages;
    private final long expiryHours;

    RegistrationPages(Registrations registrations, ConfirmationLinks links, MessageSource messages,
            RegistryProperties properties) {
        this.registrations = registrations;
        this.links = links;
        this.messages = messages;
        this.expiryHours = properties.accounts().confirmationExpiry().toHours();
    }

    @GetMapping("/register")
    String form(Model model, Locale locale, Authentication caller) {
        return form(model, RegistrationRequest.empty(locale), Map.of(), caller);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationRequest form, BindingResult result, Model model,
            Locale locale, Authentication caller, RedirectAttributes redirect) {
        var errors = new LinkedHashMap<>(FormErrors.of(result, messages, "accounts.invalid.required", locale));
        if (errors.isEmpty()) {
            try {
                var registered = registrations.register(form.toRegistration(), links.page());
                redirect.addFlashAttribute("email", registered.email());
                return "redirect:/register/sent";
            } catch (InvalidRegistration e) {
                errors.put(e.field(), messages.getMessage(messageKey(e.field()), null, locale));
            } catch (EmailTaken e) {
                errors.put("user.email", messages.getMessage("accounts.invalid.emailTaken", null, locale));
            }
        }
        return form(model, form, errors, caller);
    }

    @GetMapping("/register/sent")
    String sent(Model model) {
        model.addAttribute("hours", expiryHours);
        if (!model.containsAttribute("email")) {
            // Reloaded or opened directly: there is no address to name.
            return "redirect:/register";
        }
        return "registry/register/sent";
    }

    @GetMapping(ConfirmationLinks.PAGE)
    String askToConfirm(@RequestParam(defaultValue = "") String token, Model model) {
        // Confirming takes a POST, so that mail scanners opening the link do not use it up.
        try {
            model.addAttribute("pending", registrations.checkUsable(token));
            model.addAttribute("token", token);
        } catch (ConfirmationRefused e) {
            model.addAttribute("refused", e.reason().name());
        } catch (UnknownConfirmation e) {
            model.addAttribute("refused", "UNKNOWN");
        }
        return "registry/register/confirm";
    }

    @PostMapping(ConfirmationLinks.PAGE)
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        try {
            model.addAttribute("confirmed", registrations.confirm(token));
        } catch (ConfirmationRefused e) {
            model.addAttribute("refused", e.reason().name());
        } catch (UnknownConfirmation e) {
            model.addAttribute("refused", "UNKNOWN");
        }
        return "registry/register/confirm";
    }

    @PostMapping("/register/resend")
    String resend(@RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
        if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("refused", "EXPIRED");
            model.addAttribute("resendInvalid", true);
            return "registry/register/confirm";
        }
        registrations.resend(email.trim(), links.page());
        redirect.addFlashAttribute("email", email.trim());
        return "redirect:/register/sent";
    }

    /** The page's message for a rule the registration broke, by the field the rule is about. */
    private static String messageKey(String field) {
        return switch (field) {
            case "organisation.vatId" -> "accounts.invalid.vatId";
            case "organisation.country" -> "accounts.invalid.countryCode";
            case "user.password" -> "accounts.invalid.password";
            default -> "accounts.invalid.required";
        };
    }

    private String form(Model model, RegistrationRequest form, Map<String, String> errors, Authentication caller) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", Languages.TAGS);
        model.addAttribute("signedIn", Caller.of(caller).is("SME"));
        return "registry/register/form";
    }
}
