package org.opencities.testbench.feedback.response.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.feedback.Conflict;
import org.opencities.testbench.feedback.NotFound;
import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.campaign.CampaignClosed;
import org.opencities.testbench.feedback.campaign.CampaignNotOpen;
import org.opencities.testbench.feedback.campaign.QuotaReached;
import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.Languages;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.response.AlreadySubmitted;
import org.opencities.testbench.feedback.response.DraftNotFound;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.UnknownTester;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The tester's pages, reached from the personal link {@code /feedback/t/{token}} with no account:
 * the campaigns of their pilots, each questionnaire as a form in their language with drafts and one
 * submission, and a thank-you page. The token admits the tester exactly as {@code X-Tester-Token}
 * does on the API. It is part of the address, so these pages are never cached nor sent on as a
 * referrer ({@code web.TokenPagesStayPrivate}), and nothing here logs it.
 */
@Controller
class TesterPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final TesterResponses responses;
    private final TesterCampaigns admission;
    private final ThymeleafViewResolver views;
    private final MessageSource messages;

    TesterPages(TesterResponses responses, TesterCampaigns admission, ThymeleafViewResolver views, MessageSource messages) {
        this.responses = responses;
        this.admission = admission;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/feedback/t/{token}")
    View campaigns(@PathVariable String token, Model model, HttpServletResponse response) throws Exception {
        List<TesterResponses.TesterCampaignState> campaigns;
        try {
            campaigns = responses.overview(token);
        } catch (UnknownTester e) {
            return refused("unknown", HttpStatus.NOT_FOUND, Languages.ENGLISH, token, model, response);
        }
        String language = campaigns.isEmpty() ? Languages.ENGLISH : campaigns.get(0).admitted().tester().language();
        var rows = campaigns.stream().map(state -> {
            var admitted = state.admitted();
            String pageLanguage = pageLanguage(admitted.tester(), admitted.questionnaire());
            return new CampaignRow(admitted.campaign().id().toString(), admitted.questionnaire().title().in(pageLanguage).orElseThrow(),
                    pageLanguage, WHEN.format(admitted.campaign().closesAt()), state(state));
        }).toList();
        model.addAttribute("campaigns", rows);
        model.addAttribute("token", token);
        return view("feedback/tester/campaigns", language);
    }

    /** A campaign in the tester's list: its state is {@code open}, {@code drafted}, {@code answered}, {@code later} or {@code closed}. */
    record CampaignRow(String id, String title, String language, String closesAt, String state) {
    }

    @GetMapping("/feedback/t/{token}/campaigns/{campaignId}")
    View questionnaire(@PathVariable String token, @PathVariable UUID campaignId, Model model, HttpServletResponse response)
            throws Exception {
        TesterCampaign admitted;
        try {
            admitted = admission.admit(token, campaignId);
        } catch (RuntimeException e) {
            return refusal(e, token, null, model, response);
        }
        if (responses.answered(token, campaignId)) {
            return thanks(token, admitted, false, model);
        }
        try {
            admitted.campaign().checkOpenFor(admitted.tester(), Instant.now());
        } catch (RuntimeException e) {
            return refusal(e, token, admitted, model, response);
        }
        Map<String, List<String>> filledIn;
        try {
            filledIn = DraftAnswers.filledIn(responses.draft(token, campaignId).answers());
        } catch (DraftNotFound e) {
            filledIn = Map.of();
        }
        return form(token, admitted, filledIn, Map.of(), null, model);
    }

    @PostMapping("/feedback/t/{token}/campaigns/{campaignId}")
    View answer(@PathVariable String token, @PathVariable UUID campaignId,
            @RequestParam(name = "action", defaultValue = "submit") String action, HttpServletRequest request, Model model,
            HttpServletResponse response) throws Exception {
        TesterCampaign admitted;
        try {
            admitted = admission.admit(token, campaignId);
        } catch (RuntimeException e) {
            return refusal(e, token, null, model, response);
        }
        var questionnaire = admitted.questionnaire();
        String language = pageLanguage(admitted.tester(), questionnaire);
        var filledIn = AnswerForm.filledIn(questionnaire, request.getParameterMap());
        var answers = AnswerForm.answers(questionnaire, filledIn);
        try {
            if ("draft".equals(action)) {
                responses.saveDraft(token, campaignId, language, new AnswersRequest.Read(answers, List.of()));
                return form(token, admitted, filledIn, Map.of(), "page.draft.saved", model);
            }
            responses.submit(token, campaignId, language,
                    new AnswersRequest.Read(AnswerForm.asked(questionnaire, answers), List.of()));
            var thanks = new RedirectView("/feedback/t/" + token + "/campaigns/" + campaignId + "/thanks", true);
            thanks.setStatusCode(HttpStatus.SEE_OTHER);
            return thanks;
        } catch (Unprocessable e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var errors = PageErrors.of(questionnaire, e.violations(), answers, texts(language));
            return form(token, admitted, filledIn, errors, null, model);
        } catch (RuntimeException e) {
            return refusal(e, token, admitted, model, response);
        }
    }

    @GetMapping("/feedback/t/{token}/campaigns/{campaignId}/thanks")
    View thanks(@PathVariable String token, @PathVariable UUID campaignId, Model model, HttpServletResponse response)
            throws Exception {
        try {
            var admitted = admission.admit(token, campaignId);
            if (!responses.answered(token, campaignId)) {
                return new RedirectView("/feedback/t/" + token + "/campaigns/" + campaignId, true);
            }
            return thanks(token, admitted, true, model);
        } catch (RuntimeException e) {
            return refusal(e, token, null, model, response);
        }
    }

    private View thanks(String token, TesterCampaign admitted, boolean justNow, Model model) throws Exception {
        String language = pageLanguage(admitted.tester(), admitted.questionnaire());
        model.addAttribute("token", token);
        model.addAttribute("questionnaireTitle", admitted.questionnaire().title().in(language).orElseThrow());
        model.addAttribute("justNow", justNow);
        return view("feedback/tester/thanks", language);
    }

    private View form(String token, TesterCampaign admitted, Map<String, List<String>> filledIn, Map<String, String> errors,
            String notice, Model model) throws Exception {
        String language = pageLanguage(admitted.tester(), admitted.questionnaire());
        var rendered = RenderedQuestionnaire.of(admitted.campaign().id().toString(), admitted.questionnaire(), language);
        model.addAttribute("page", QuestionnairePage.of(rendered, filledIn, errors, texts(language)));
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("token", token);
        model.addAttribute("campaignId", admitted.campaign().id().toString());
        model.addAttribute("closesAt", WHEN.format(admitted.campaign().closesAt()));
        return view("feedback/tester/questionnaire", language);
    }

    /** A refusal as a page that says why, in the tester's language where the tester is known. */
    private View refusal(RuntimeException e, String token, TesterCampaign admitted, Model model, HttpServletResponse response)
            throws Exception {
        String language = admitted == null ? Languages.ENGLISH : pageLanguage(admitted.tester(), admitted.questionnaire());
        if (e instanceof AlreadySubmitted && admitted != null) {
            return thanks(token, admitted, false, model);
        }
        if (e instanceof CampaignClosed && admitted != null) {
            model.addAttribute("at", WHEN.format(admitted.campaign().closesAt()));
            return refused("closed", HttpStatus.GONE, language, token, model, response);
        }
        if (e instanceof CampaignNotOpen && admitted != null) {
            model.addAttribute("at", WHEN.format(admitted.campaign().opensFor(admitted.tester())));
            return refused("later", HttpStatus.CONFLICT, language, token, model, response);
        }
        if (e instanceof QuotaReached) {
            return refused("full", HttpStatus.CONFLICT, language, token, model, response);
        }
        if (e instanceof UnknownTester || e instanceof NotFound || e instanceof Conflict) {
            // Another pilot's campaign, a withdrawal, an unknown link: nothing to show beyond "not here".
            return refused("unknown", HttpStatus.NOT_FOUND, language, token, model, response);
        }
        throw e;
    }

    private View refused(String kind, HttpStatus status, String language, String token, Model model,
            HttpServletResponse response) throws Exception {
        response.setStatus(status.value());
        model.addAttribute("kind", kind);
        model.addAttribute("token", token);
        return view("feedback/tester/refused", language);
    }

    /** A campaign's state for the list. */
    private static String state(TesterResponses.TesterCampaignState state) {
        if (state.answered()) {
            return "answered";
        }
        var now = Instant.now();
        var campaign = state.admitted().campaign();
        if (!now.isBefore(campaign.closesAt())) {
            return "closed";
        }
        if (now.isBefore(campaign.opensFor(state.admitted().tester()))) {
            return "later";
        }
        return state.drafted() ? "drafted" : "open";
    }

    /** The tester's language where the questionnaire has it, else English, which every questionnaire has. */
    private static String pageLanguage(Tester tester, Questionnaire questionnaire) {
        return questionnaire.languages().contains(tester.language()) ? tester.language() : Languages.ENGLISH;
    }

    private QuestionnairePage.Texts texts(String language) {
        var locale = Locale.forLanguageTag(language);
        return (code, arguments) -> messages.getMessage(code, arguments, locale);
    }

    private View view(String name, String language) throws Exception {
        return views.resolveViewName(name, Locale.forLanguageTag(language));
    }

    /** A saved draft's answers in the shape the form shows them. */
    private static final class DraftAnswers {

        static Map<String, List<String>> filledIn(Map<String, Answer> answers) {
            var filledIn = new LinkedHashMap<String, List<String>>();
            answers.forEach((key, answer) -> {
                if (answer instanceof Answer.Whole whole) {
                    filledIn.put(key, List.of(Integer.toString(whole.value())));
                } else if (answer instanceof Answer.Words words) {
                    filledIn.put(key, List.of(words.text()));
                } else {
                    filledIn.put(key, ((Answer.Selection) answer).values());
                }
            });
            return filledIn;
        }
    }
}
