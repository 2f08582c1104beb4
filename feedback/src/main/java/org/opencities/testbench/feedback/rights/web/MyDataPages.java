package org.opencities.testbench.feedback.rights.web;

import jakarta.servlet.http.HttpServletResponse;

import org.opencities.testbench.feedback.rights.TesterData;
import org.opencities.testbench.feedback.rights.TokenErased;
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

/**
 * The tester's "my data" pages under the invitation link: what is kept, a download, and erasure
 * after a confirmation step (a form with a checkbox the tester must tick). The token travels in the
 * path, as on the questionnaire pages that link here.
 */
@Controller
@RequestMapping("/feedback/t/{token}/my-data")
class MyDataPages {

    private final DataRights rights;
    private final TokenEnrolments enrolments;

    MyDataPages(DataRights rights, TokenEnrolments enrolments) {
        this.rights = rights;
        this.enrolments = enrolments;
    }

    @GetMapping
    String overview(@PathVariable String token, Model model) {
        var data = rights.export(token);
        model.addAttribute("token", token);
        model.addAttribute("data", data);
        return "feedback/my-data";
    }

    @GetMapping("/download")
    ResponseEntity<TesterData> download(@PathVariable String token) {
        return DataRightsController.asDownload(rights.export(token));
    }

    @GetMapping("/erase")
    String confirm(@PathVariable String token, Model model) {
        enrolments.of(token);
        model.addAttribute("token", token);
        model.addAttribute("unconfirmed", false);
        return "feedback/my-data-erase";
    }

    @PostMapping("/erase")
    String erase(@PathVariable String token, @RequestParam(name = "confirm", required = false) String confirm, Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        if (!"yes".equals(confirm)) {
            enrolments.of(token);
            model.addAttribute("unconfirmed", true);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "feedback/my-data-erase";
        }
        model.addAttribute("erasure", rights.erase(token));
        return "feedback/my-data-erased";
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
