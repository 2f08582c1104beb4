package org.opencities.testbench.feedback.rights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.rights.TesterData;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tester's own data, for their app: the personal token in {@code X-Tester-Token} names whose. */
@RestController
@RequestMapping("/api/v1/tester")
@Tag(name = "Data rights", description = "Testers download and erase their data (header X-Tester-Token)")
class DataRightsController {


    private final DataRights rights;

    DataRightsController(DataRights rights) {
        this.rights = rights;
    }

    @GetMapping("/data")
    @Operation(summary = "Everything feedback keeps about the tester, as one JSON document")
    ResponseEntity<TesterData> download(@RequestHeader(name = TesterToken.HEADER, required = false) String token) {
        return asDownload(rights.export(token));
    }

    @DeleteMapping
    @Operation(summary = "Erase the tester's data; responses stay for aggregates without anything that identifies")
    ResponseEntity<DataRights.Erasure> erase(@RequestHeader(name = TesterToken.HEADER, required = false) String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(rights.erase(token));
    }

    static ResponseEntity<TesterData> asDownload(TesterData data) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("my-feedback-data.json").build().toString())
                .body(data);
    }
}
