package org.opencities.testbench.registry.enrolment.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.consent.ConsentTexts;
import org.opencities.testbench.registry.consent.Languages;
import org.opencities.testbench.registry.enrolment.Device;
import org.opencities.testbench.registry.enrolment.Enrolment;
import org.opencities.testbench.registry.enrolment.EnrolmentState;
import org.opencities.testbench.registry.enrolment.InvalidEnrolment;
import org.opencities.testbench.registry.enrolment.Platform;
import org.opencities.testbench.registry.enrolment.TesterNotFound;
import org.opencities.testbench.registry.enrolment.service.Enrolling;
import org.opencities.testbench.registry.enrolment.service.Enrolling.Invited;
import org.opencities.testbench.registry.invitation.InvitationExpired;
import org.opencities.testbench.registry.invitation.InvitationNotFound;
import org.opencities.testbench.registry.invitation.InvitationUsed;
import org.opencities.testbench.registry.invitation.PilotNotRecruiting;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The tester's pages, reached from the invitation link: pick a language, read the consent texts,
 * enrol, and keep the personal link to see or withdraw the enrolment. Each page renders in the
 * language the tester picked ({@code ?lang=}), else in the invitation's, whatever the process's own
 * language settings are; a link that no longer works gets a page that says why, with 404, 409 or 410.
 */
@Controller
class EnrolmentPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Enrolling enrolling;
    private final ConsentTexts consentTexts;
    private final ThymeleafViewResolver views;

    EnrolmentPages(Enrolling enrolling, ConsentTexts consentTexts, ThymeleafViewResolver views) {
        this.enrolling = enrolling;
        this.consentTexts = consentTexts;
        this.views = views;
    }

    @GetMapping("/enrol/{token}")
    View open(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletResponse response) throws Exception {
        privately(response);
        Invited invited;
        try {
            invited = enrolling.invited(new SecretToken(token));
        } catch (InvitationNotFound | InvitationExpired | InvitationUsed | PilotNotRecruiting e) {
            return refused(e, language(lang, enrolling.languageOf(new SecretToken(token)).orElse("en")), model,
                    response);
        }
        if (!Languages.supported(lang)) {
            model.addAttribute("languages", Languages.SUPPORTED);
            return view("registry/enrol/language", invited.invitation().batch().language());
        }
        return form(token, invited, EnrolPageForm.blank(), Map.of(), lang, model);
    }

    @PostMapping("/enrol/{token}")
    View enrol(@PathVariable String token, @RequestParam(required = false) String lang,
            @ModelAttribute EnrolPageForm form, Model model, HttpServletResponse response) throws Exception {
        privately(response);
        String language = language(lang, "en");
        try {
            var invited = enrolling.invited(new SecretToken(token));
            var errors = form.errors(invited.pilot());
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(token, invited, form, errors, language, model);
            }
            var enrolled = enrolling.enrol(new SecretToken(token), form.toForm(language));
            model.addAttribute("enrolment", enrolled.enrolment());
            model.addAttribute("lang", language);
            model.addAttribute("personalLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/enrol/me/{token}").queryParam("lang", language)
                    .buildAndExpand(enrolled.testerToken().value()).toUriString());
            return view("registry/enrol/thanks", language);
        } catch (InvitationNotFound | InvitationExpired | InvitationUsed | PilotNotRecruiting e) {
            return refused(e, language, model, response);
        } catch (InvalidEnrolment e) {
            // The texts changed between reading and agreeing: show the current ones again.
            var invited = enrolling.invited(new SecretToken(token));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(token, invited, form, Map.of("consents", "enrol.error.consentsChanged"), language, model);
        }
    }

    @GetMapping("/enrol/me/{token}")
    View mine(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletResponse response) throws Exception {
        privately(response);
        try {
            var enrolment = enrolling.mine(new SecretToken(token));
            return mine(token, enrolment, false, language(lang, enrolment.language()), model);
        } catch (TesterNotFound e) {
            return refused(e, language(lang, "en"), model, response);
        }
    }

    @PostMapping("/enrol/me/{token}/withdraw")
    View withdraw(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletResponse response) throws Exception {
        privately(response);
        try {
            var enrolment = enrolling.mine(new SecretToken(token));
            var withdrawn = enrolment.state() == EnrolmentState.WITHDRAWN ? enrolment
                    : enrolling.withdraw(new SecretToken(token));
            return mine(token, withdrawn, true, language(lang, enrolment.language()), model);
        } catch (TesterNotFound e) {
            return refused(e, language(lang, "en"), model, response);
        }
    }

    private View mine(String token, Enrolment enrolment, boolean justWithdrawn, String language, Model model)
            throws Exception {
        model.addAttribute("token", token);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("enrolledAt", WHEN.format(enrolment.enrolledAt()));
        model.addAttribute("withdrawnAt", enrolment.withdrawnAt() == null ? null : WHEN.format(enrolment.withdrawnAt()));
        model.addAttribute("justWithdrawn", justWithdrawn);
        model.addAttribute("lang", language);
        return view("registry/enrol/mine", language);
    }

    private View form(String token, Invited invited, EnrolPageForm form, Map<String, String> errors, String language,
            Model model) throws Exception {
        model.addAttribute("token", token);
        model.addAttribute("pilot", invited.pilot());
        model.addAttribute("consents", consentTexts.current());
        model.addAttribute("form", form);
        model.addAttribute("ticked", Arrays.stream(ConsentPurpose.values()).filter(form::ticked)
                .map(ConsentPurpose::code).collect(Collectors.toSet()));
        model.addAttribute("errors", errors);
        model.addAttribute("devices", Device.values());
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("lang", language);
        return view("registry/enrol/form", language);
    }

    private View refused(RuntimeException reason, String language, Model model, HttpServletResponse response)
            throws Exception {
        String kind;
        HttpStatus status;
        if (reason instanceof InvitationExpired expired) {
            kind = "expired";
            status = HttpStatus.GONE;
            model.addAttribute("at", WHEN.format(expired.at()));
        } else if (reason instanceof InvitationUsed) {
            kind = "used";
            status = HttpStatus.CONFLICT;
        } else if (reason instanceof PilotNotRecruiting) {
            kind = "closed";
            status = HttpStatus.CONFLICT;
        } else if (reason instanceof TesterNotFound) {
            kind = "unknownTester";
            status = HttpStatus.NOT_FOUND;
        } else {
            kind = "unknown";
            status = HttpStatus.NOT_FOUND;
        }
        response.setStatus(status.value());
        model.addAttribute("kind", kind);
        return view("registry/enrol/refused", language);
    }

    private View view(String name, String language) throws Exception {
        return views.resolveViewName(name, Locale.forLanguageTag(language));
    }

    /** Pages whose address holds a token: never cached, never sent on as a referrer. */
    private static void privately(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static String language(String requested, String fallback) {
        return Languages.supported(requested) ? requested : fallback;
    }
}
