package org.opencities.testbench.feedback.questionnaire.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.document.QuestionnaireDocument;
import org.opencities.testbench.feedback.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/questionnaires")
@Tag(name = "Questionnaires", description = "Versioned, translated questionnaires with standard instrument blocks")
class QuestionnaireController {

    private final QuestionnaireAuthoring authoring;

    QuestionnaireController(QuestionnaireAuthoring authoring) {
        this.authoring = authoring;
    }

    @PostMapping
    @Operation(summary = "Start a questionnaire: version 1 as a draft")
    ResponseEntity<QuestionnaireResponse> create(@RequestBody QuestionnaireDocument content) {
        return created(authoring.create(content));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a questionnaire, oldest first")
    ResponseEntity<PageResponse<QuestionnaireResponse>> versions(@PathVariable UUID id) {
        var versions = authoring.versions(new QuestionnaireId(id)).stream().map(QuestionnaireResponse::of).toList();
        return new PageResponse<>(versions, 0, versions.size(), versions.size()).toResponse();
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "One version")
    QuestionnaireResponse version(@PathVariable UUID id, @PathVariable int version) {
        return QuestionnaireResponse.of(authoring.find(new QuestionnaireId(id), version));
    }

    @PutMapping("/{id}/versions/{version}")
    @Operation(summary = "Revise a draft; a published version answers 409")
    QuestionnaireResponse revise(@PathVariable UUID id, @PathVariable int version, @RequestBody QuestionnaireDocument content) {
        return QuestionnaireResponse.of(authoring.revise(new QuestionnaireId(id), version, content));
    }

    @PostMapping("/{id}/versions/{version}/publish")
    @Operation(summary = "Publish a draft; 422 lists every text missing a target language")
    QuestionnaireResponse publish(@PathVariable UUID id, @PathVariable int version) {
        return QuestionnaireResponse.of(authoring.publish(new QuestionnaireId(id), version));
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Start the next version as a draft copy of the latest published one")
    ResponseEntity<QuestionnaireResponse> nextVersion(@PathVariable UUID id) {
        return created(authoring.nextVersion(new QuestionnaireId(id)));
    }

    private static ResponseEntity<QuestionnaireResponse> created(Questionnaire questionnaire) {
        return ResponseEntity.created(URI.create("/api/v1/questionnaires/%s/versions/%d"
                        .formatted(questionnaire.id(), questionnaire.version())))
                .body(QuestionnaireResponse.of(questionnaire));
    }
}
