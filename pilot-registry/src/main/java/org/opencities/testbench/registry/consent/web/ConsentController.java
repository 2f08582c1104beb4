package org.opencities.testbench.registry.consent.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.consent.ConsentText;
import org.opencities.testbench.registry.consent.ConsentTextNotFound;
import org.opencities.testbench.registry.consent.ConsentTexts;
import org.opencities.testbench.registry.consent.Languages;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consents")
@Tag(name = "Consents", description = "Versioned consent texts per purpose, in every supported language")
class ConsentController {

    private final ConsentTexts texts;
    private final Clock clock = Clock.systemUTC();

    ConsentController(ConsentTexts texts) {
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "The current version of each purpose's text in one language (public)")
    ResponseEntity<PageResponse<ConsentResponse>> current(@RequestParam(defaultValue = "en") String lang) {
        var items = texts.current().stream().map(text -> ConsentResponse.of(text, language(lang))).toList();
        return new PageResponse<>(items, 0, items.size(), items.size()).toResponse();
    }

    @GetMapping("/{purpose}/{version}")
    @Operation(summary = "One version of a purpose's text in one language (public); published versions never change")
    ConsentResponse version(@PathVariable String purpose, @PathVariable @Min(1) int version,
            @RequestParam(defaultValue = "en") String lang) {
        var named = ConsentPurpose.named(purpose);
        return texts.find(named, version).map(text -> ConsentResponse.of(text, language(lang)))
                .orElseThrow(() -> new ConsentTextNotFound(named, version));
    }

    @PostMapping
    @Operation(summary = "Publish the next version of a purpose's text, in all ten languages (administrators)")
    ResponseEntity<List<ConsentResponse>> publish(@Valid @RequestBody PublishConsentRequest request,
            Authentication caller) {
        var purpose = ConsentPurpose.named(request.purpose());
        var text = ConsentText.publish(purpose, texts.latestVersion(purpose) + 1, request.translations(),
                clock.instant(), caller.getName());
        texts.add(text);
        var body = Languages.SUPPORTED.stream().map(language -> ConsentResponse.of(text, language)).toList();
        return ResponseEntity.created(URI.create("/api/v1/consents/" + purpose.code() + "/" + text.version()))
                .body(body);
    }

    private static String language(String lang) {
        if (!Languages.supported(lang)) {
            throw new IllegalArgumentException("Unsupported language '" + lang + "'; use one of "
                    + String.join(", ", Languages.SUPPORTED));
        }
        return lang;
    }
}
