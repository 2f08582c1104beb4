package org.opencities.testbench.orchestrator.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inventory API over real HTTP against the module alone (H2, demo topology): listings with
 * committed and free capacity, the tree, PATCH with ETags, import and export, and every bad input
 * answered with the field and nothing stored.
 */
class InventoryApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static ConfigurableApplicationContext orchestrator;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void start() {
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0");
        base = "http://localhost:" + ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        orchestrator.close();
    }

    @Test
    void listsSegmentsWithCommittedAndFreeCapacityFilteredByTechnology() throws Exception {
        var response = send(get("/api/v1/segments?city=berlin&technology=XGS_PON&status=IN_SERVICE", "lab-helsinki:lab"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Total-Count")).contains("1");
        var segment = JSON.readTree(response.body()).get("items").get(0);
        assertThat(segment.get("id").asString()).isEqualTo("berlin-co1-olt2-pon1");
        assertThat(segment.get("headroom").asDouble()).isEqualTo(0.1);
        assertThat(segment.get("overbooking").asDouble()).isEqualTo(2.0);
        assertThat(segment.get("ontCount").asInt()).isBetween(1, 128);
        assertThat(segment.get("downstream").get("guaranteedLimitKbps").asLong()).isEqualTo(7_650_000);
        assertThat(segment.get("downstream").get("maximumLimitKbps").asLong()).isEqualTo(17_000_000);
        assertThat(segment.get("downstream").get("freeGuaranteedKbps").asLong()).isEqualTo(7_650_000);
    }

    @Test
    void refusesAnUnknownStatusFilterNamingIt() throws Exception {
        var response = send(get("/api/v1/segments?status=BROKEN", "operator:operator"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("status");
    }

    @Test
    void showsTheTopologyOfACityAsATree() throws Exception {
        var response = send(get("/api/v1/topology?city=oulu", "operator:operator"));

        assertThat(response.statusCode()).isEqualTo(200);
        var city = JSON.readTree(response.body()).get("cities").get(0);
        assertThat(city.get("city").asString()).isEqualTo("oulu");
        var office = city.get("centralOffices").get(0);
        assertThat(office.get("centralOffice").asString()).isEqualTo("oulu-co1");
        assertThat(office.get("olts")).hasSize(2);
        assertThat(office.get("olts").get(0).get("ponPorts").get(0).get("segment").asString()).isEqualTo("oulu-co1-olt1-pon1");
    }

    @Test
    void answersNotFoundForTheTreeOfAnUnknownCity() throws Exception {
        assertThat(send(get("/api/v1/topology?city=atlantis", "operator:operator")).statusCode()).isEqualTo(404);
    }

    @Test
    void patchesStatusAndFactorsOnlyWithTheCurrentETag() throws Exception {
        var path = "/api/v1/segments/rome-co1-olt1-pon1";
        var read = send(get(path, "operator:operator"));
        String etag = read.headers().firstValue("ETag").orElseThrow();

        var withoutTag = send(patch(path, null, "{\"status\":\"DEGRADED\"}"));
        var staleTag = send(patch(path, "\"0000\"", "{\"status\":\"DEGRADED\"}"));
        var changed = send(patch(path, etag, "{\"status\":\"DEGRADED\",\"headroom\":0.25,\"overbooking\":1.5}"));
        var replayed = send(patch(path, etag, "{\"status\":\"IN_SERVICE\"}"));

        assertThat(withoutTag.statusCode()).isEqualTo(428);
        assertThat(staleTag.statusCode()).isEqualTo(412);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        var body = JSON.readTree(changed.body());
        assertThat(body.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(body.get("downstream").get("guaranteedLimitKbps").asLong()).isEqualTo(1_725_000);
        assertThat(replayed.statusCode()).isEqualTo(412);
        assertThat(JSON.readTree(send(get(path, "operator:operator")).body()).get("status").asString()).isEqualTo("DEGRADED");
    }

    @Test
    void refusesToLowerCapacityBelowWhatIsCommittedWithTheNumbers() throws Exception {
        var ledger = orchestrator.getBean(CapacityLedger.class);
        var reservation = ledger.reserve("svc-patch-below", "gent", new Demand(BandwidthProfile.of(1_000_000, 1_000_000),
                BandwidthProfile.of(100_000, 200_000)));
        var path = "/api/v1/segments/" + reservation.segment();
        String etag = send(get(path, "operator:operator")).headers().firstValue("ETag").orElseThrow();

        var response = send(patch(path, etag, "{\"usableDownKbps\":1000000}"));

        assertThat(response.statusCode()).isEqualTo(422);
        var refusal = JSON.readTree(response.body()).get("refusals").get(0);
        assertThat(refusal.get("segment").asString()).isEqualTo(reservation.segment().value());
        assertThat(refusal.get("direction").asString()).isEqualTo("downstream");
        assertThat(refusal.get("committedKbps").asLong()).isEqualTo(1_000_000);
        assertThat(refusal.get("limitKbps").asLong()).isEqualTo(900_000);
        assertThat(JSON.readTree(send(get(path, "operator:operator")).body()).get("usableDownKbps").asLong())
                .isGreaterThan(1_000_000);
        ledger.release("svc-patch-below");
    }

    @Test
    void refusesAPatchWithAnInvalidFactorNamingTheField() throws Exception {
        var path = "/api/v1/segments/paris-co1-olt1-pon1";
        String etag = send(get(path, "operator:operator")).headers().firstValue("ETag").orElseThrow();

        var response = send(patch(path, etag, "{\"headroom\":1.5,\"usableUpKbps\":9999999}"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"headroom\"", "\"field\":\"usableUpKbps\"");
        assertThat(JSON.readTree(send(get(path, "operator:operator")).body()).get("headroom").asDouble()).isEqualTo(0.1);
    }

    @Test
    void exportedTopologyImportsBackUnchangedInBothFormats() throws Exception {
        for (String format : new String[] {"csv", "json"}) {
            var exported = send(get("/api/v1/topology/export?format=" + format, "operator:operator"));
            assertThat(exported.statusCode()).isEqualTo(200);

            var imported = send(post("/api/v1/topology/import", format.equals("csv") ? "text/csv" : "application/json",
                    exported.body(), "admin:admin"));

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            var counts = JSON.readTree(imported.body());
            assertThat(counts.get("added").asInt()).isZero();
            assertThat(counts.get("replaced").asInt()).isGreaterThanOrEqualTo(22);
            assertThat(send(get("/api/v1/topology/export?format=" + format, "operator:operator")).body()).isEqualTo(exported.body());
        }
    }

    @Test
    void importsNewSegmentsFromCsvWithDefaults() throws Exception {
        String csv = """
                id,city,centralOffice,olt,ponPort,technology,splitRatio,ontCount,status,usableDownKbps,usableUpKbps,headroom,overbooking,probeHost,probePort
                tampere-co1-olt1-pon1,tampere,tampere-co1,tampere-co1-olt1,1/1/1,XG_PON,128,12,,,,,,127.0.0.1,8620
                """;

        var response = send(post("/api/v1/topology/import", "text/csv", csv, "operator:operator"));
        var stored = JSON.readTree(send(get("/api/v1/segments/tampere-co1-olt1-pon1", "operator:operator")).body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("added").asInt()).isEqualTo(1);
        assertThat(stored.get("usableUpKbps").asLong()).isEqualTo(2_300_000);
        assertThat(stored.get("headroom").asDouble()).isEqualTo(0.1);
        assertThat(stored.get("probe").asString()).isEqualTo("127.0.0.1:8620");
    }

    @Test
    void rejectsAnImportWithAnyBadRowNamingEveryRowAndFieldAndStoresNothing() throws Exception {
        String csv = """
                id,city,centralOffice,olt,ponPort,technology,splitRatio,ontCount
                vantaa-co1-olt1-pon1,vantaa,vantaa-co1,vantaa-co1-olt1,1/1/1,GPON,64,10
                vantaa-co1-olt1-pon2,vantaa,vantaa-co1,vantaa-co1-olt1,1/1/2,GPON,48,10
                vantaa-co1-olt1-pon3,vantaa,vantaa-co1,vantaa-co1-olt1,1/1/3,10G,64,99
                vantaa-co1-olt1-pon1,vantaa,vantaa-co1,vantaa-co1-olt1,1/1/4,GPON,64,10
                vantaa-co1-olt1-pon5,vantaa,vantaa-co1,vantaa-co1-olt1,1/1/5,GPON,64,70
                """;

        var response = send(post("/api/v1/topology/import", "text/csv", csv, "operator:operator"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        var errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
                .containsExactlyInAnyOrder("2:splitRatio", "3:technology", "4:id", "5:ontCount");
        assertThat(send(get("/api/v1/topology?city=vantaa", "operator:operator")).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsUnreadableAndMisshapenDocuments() throws Exception {
        var json = send(post("/api/v1/topology/import", "application/json", "{\"segments\": {}}", "operator:operator"));
        var broken = send(post("/api/v1/topology/import", "application/json", "{\"segments\": [", "operator:operator"));
        var unknownColumn = send(post("/api/v1/topology/import", "text/csv", "id,colour\nx-1,red\n", "operator:operator"));

        assertThat(json.statusCode()).isEqualTo(422);
        assertThat(json.body()).contains("\"field\":\"segments\"");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("\"field\":\"body\"");
        assertThat(unknownColumn.statusCode()).isEqualTo(422);
        assertThat(unknownColumn.body()).contains("\"field\":\"colour\"");
    }

    @Test
    void letsLabManagersReadButNotImport() throws Exception {
        assertThat(send(get("/api/v1/topology/export?format=csv", "lab-helsinki:lab")).statusCode()).isEqualTo(200);
        assertThat(send(post("/api/v1/topology/import", "text/csv", "id\n", "lab-helsinki:lab")).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/v1/topology", "sme-demo:sme-demo")).statusCode()).isEqualTo(403);
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, BodyHandlers.ofString());
    }

    static HttpRequest get(String path, String credentials) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(credentials)).build();
    }

    static HttpRequest post(String path, String type, String body, String credentials) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(credentials))
                .header("Content-Type", type).POST(BodyPublishers.ofString(body)).build();
    }

    static HttpRequest patch(String path, String etag, String body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic("operator:operator"))
                .header("Content-Type", "application/merge-patch+json").method("PATCH", BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.build();
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes());
    }
}
