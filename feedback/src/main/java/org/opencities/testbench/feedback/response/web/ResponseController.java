package org.opencities.testbench.feedback.response.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For testers' apps: every request carries the tester's personal token in {@code X-Tester-Token}. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}")
@Tag(name = "Responses", description = "Testers answer a campaign in-app (header X-Tester-Token)")
class ResponseController {


    private final TesterResponses testerResponses;

    ResponseController(TesterResponses testerResponses) {
        this.testerResponses = testerResponses;
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The campaign's questionnaire in a language (default: the tester's)")
    ResponseEntity<RenderedQuestionnaire> questionnaire(@PathVariable UUID campaignId,
            @RequestHeader(name = TesterToken.HEADER, required = false) String token,
            @RequestParam(name = "lang", required = false) String language) {
        return personal(testerResponses.questionnaire(token, campaignId, language));
    }

    @PostMapping("/responses")
    @Operation(summary = "Submit the tester's answers, once; scores are computed here")
    ResponseEntity<SubmittedResponse> submit(@PathVariable UUID campaignId,
            @RequestHeader(name = TesterToken.HEADER, required = false) String token, @RequestBody AnswersRequest request) {
        var response = testerResponses.submit(token, campaignId, request.language(), request.read());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(SubmittedResponse.of(response));
    }

    @PutMapping("/responses/draft")
    @Operation(summary = "Save the tester's answers so far, replacing the previous draft")
    ResponseEntity<DraftResponse> saveDraft(@PathVariable UUID campaignId,
            @RequestHeader(name = TesterToken.HEADER, required = false) String token, @RequestBody AnswersRequest request) {
        return personal(DraftResponse.of(testerResponses.saveDraft(token, campaignId, request.language(), request.read())));
    }

    @GetMapping("/responses/draft")
    @Operation(summary = "The tester's saved draft")
    ResponseEntity<DraftResponse> draft(@PathVariable UUID campaignId,
            @RequestHeader(name = TesterToken.HEADER, required = false) String token) {
        return personal(DraftResponse.of(testerResponses.draft(token, campaignId)));
    }

    private static <T> ResponseEntity<T> personal(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
