package org.opencities.testbench.feedback.rights.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.opencities.testbench.feedback.rights.TesterData;
import org.opencities.testbench.feedback.rights.TokenErased;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.UnknownTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The tester's "my data" pages under the invitation link: what is kept, a download, and erasure
 * after a confirmation step (a form with a checkbox the tester must tick). The token travels in the
 * path, as on the questionnaire pages that link here. Like those, the pages are in the tester's
 * language (of their first enrolment); only a link that names nobody (unknown, or erased) is answered
 * in the browser's language, as no tester is known any more.
 */
@Controller
@RequestMapping("/feedback/t/{token}/my-data")
class MyDataPages {

    private final DataRights rights;
    private final TokenEnrolments enrolments;
    private final ThymeleafViewResolver views;

    MyDataPages(DataRights rights, TokenEnrolments enrolments, ThymeleafViewResolver views) {
        this.rights = rights;
        this.enrolments = enrolments;
        this.views = views;
    }

    @GetMapping
    View overview(@PathVariable String token, Model model) throws Exception {
        var data = rights.export(token);
        model.addAttribute("token", token);
        model.addAttribute("data", data);
        return view("feedback/my-data", data.enrolments().get(0).language());
    }

    @GetMapping("/download")
    ResponseEntity<TesterData> download(@PathVariable String token) {
        return DataRightsController.asDownload(rights.export(token));
    }

    @GetMapping("/erase")
    View confirm(@PathVariable String token, Model model) throws Exception {
        String language = languageOf(enrolments.of(token));
        model.addAttribute("token", token);
        model.addAttribute("unconfirmed", false);
        return view("feedback/my-data-erase", language);
    }

    @PostMapping("/erase")
    View erase(@PathVariable String token, @RequestParam(name = "confirm", required = false) String confirm, Model model,
            HttpServletResponse response) throws Exception {
        String language = languageOf(enrolments.of(token));
        model.addAttribute("token", token);
        if (!"yes".equals(confirm)) {
            model.addAttribute("unconfirmed", true);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view("feedback/my-data-erase", language);
        }
        model.addAttribute("erasure", rights.erase(token));
        return view("feedback/my-data-erased", language);
    }

    private static String languageOf(List<Tester> enrolments) {
        return enrolments.get(0).language();
    }

    private View view(String name, String language) throws Exception {
        return views.resolveViewName(name, Locale.forLanguageTag(language));
    }

    @ExceptionHandler(TokenErased.class)
    String erased(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("problem", "erased");
        return "feedback/my-data-problem";
    }

    @ExceptionHandler(UnknownTester.class)
    String unknown(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", "unknown");
        return "feedback/my-data-problem";
    }
}
