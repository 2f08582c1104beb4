package org.opencities.testbench.orchestrator.admission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feasibility endpoint and the capacity metrics over real HTTP against the module alone
 * (H2, demo topology): T-CONT types, ranked candidates, refusals with numbers, every invalid
 * profile answered 422 with its field, and nothing reserved by asking.
 */
class FeasibilityApiIT {

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
    void answersTcontTypesAndRankedCandidatesForAFeasibleDemand() throws Exception {
        var response = feasibility("""
                {"city":"helsinki",
                 "downstream":{"cirKbps":100000,"pirKbps":500000},
                 "upstream":{"form":"MEF","cirKbps":20000,"cbsBytes":1000,"eirKbps":30000,"ebsBytes":2000,"airKbps":5000}}""",
                "lab-helsinki:lab");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var answer = JSON.readTree(response.body());
        assertThat(answer.get("feasible").asBoolean()).isTrue();
        assertThat(answer.get("downstream").get("tcontType").asInt()).isEqualTo(3);
        assertThat(answer.get("upstream").get("tcontType").asInt()).isEqualTo(5);
        assertThat(answer.get("upstream").get("guaranteedKbps").asLong()).isEqualTo(25_000);
        assertThat(answer.get("upstream").get("maximumKbps").asLong()).isEqualTo(50_000);
        assertThat(answer.get("placement").asString()).isEqualTo("helsinki-co1-olt2-pon1");
        assertThat(answer.get("candidates")).hasSize(2);
        assertThat(answer.get("candidates").get(1).get("downstream").get("freeGuaranteedKbps").asLong()).isEqualTo(2_070_000);
        assertThat(answer.get("refusals")).isEmpty();
        assertThat(committedIn("helsinki")).isZero();
    }

    @Test
    void refusesADemandBeyondEverySegmentWithTheNumbers() throws Exception {
        var response = feasibility("""
                {"city":"bologna","downstream":{"cirKbps":8000000,"pirKbps":8000000},"upstream":{"pirKbps":1000}}""",
                "operator:operator");

        assertThat(response.statusCode()).isEqualTo(200);
        var answer = JSON.readTree(response.body());
        assertThat(answer.get("feasible").asBoolean()).isFalse();
        assertThat(answer.get("placement").isNull()).isTrue();
        assertThat(answer.get("refusals").valueStream().map(r -> r.get("segment").asString() + " " + r.get("direction").asString()
                + " " + r.get("rate").asString() + " " + r.get("committedKbps").asLong() + "+" + r.get("requestedKbps").asLong()
                + ">" + r.get("limitKbps").asLong()))
                .contains("bologna-co1-olt1-pon1 downstream guaranteed 0+8000000>2070000",
                        "bologna-co1-olt1-pon1 downstream maximum 0+8000000>4600000",
                        "bologna-co1-olt2-pon1 downstream guaranteed 0+8000000>7650000");
    }

    @Test
    void listsAsManySegmentsAsAskedForWithTheirRefusalsAndCountsTheRest() throws Exception {
        var response = feasibility("/api/v1/feasibility?limit=1", """
                {"city":"bologna","downstream":{"cirKbps":8000000,"pirKbps":8000000},"upstream":{"pirKbps":1000}}""",
                "operator:operator");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var answer = JSON.readTree(response.body());
        assertThat(answer.get("segments").asInt()).isEqualTo(2);
        assertThat(answer.get("candidates")).hasSize(1);
        assertThat(answer.get("refusals").valueStream().map(refusal -> refusal.get("segment").asString()).distinct().toList())
                .containsExactly(answer.get("candidates").get(0).get("segment").asString());
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(response.headers().firstValue("X-Result-Count")).hasValue("1");
    }

    @Test
    void refusesALimitOutOfRangeNamingIt() throws Exception {
        String demand = "{\"city\":\"helsinki\",\"downstream\":{\"pirKbps\":10},\"upstream\":{\"pirKbps\":10}}";
        var none = feasibility("/api/v1/feasibility?limit=0", demand, "operator:operator");
        var tooMany = feasibility("/api/v1/feasibility?limit=101", demand, "operator:operator");

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(none.body()).get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"limit\"");
    }

    @Test
    void countsWhatIsCommittedBeforeAnswering() throws Exception {
        var ledger = orchestrator.getBean(CapacityLedger.class);
        ledger.reserve("svc-feasibility-1", "cologne", new Demand(BandwidthProfile.of(7_000_000, 7_000_000), BandwidthProfile.of(1_000, 1_000)));

        var answer = JSON.readTree(feasibility("""
                {"city":"cologne","downstream":{"cirKbps":1000000,"pirKbps":1000000},"upstream":{"pirKbps":1000}}""",
                "operator:operator").body());

        assertThat(answer.get("placement").asString()).isEqualTo("cologne-co1-olt1-pon1");
        var refused = answer.get("candidates").get(1);
        assertThat(refused.get("admitted").asBoolean()).isFalse();
        assertThat(refused.get("refusals").get(0).get("committedKbps").asLong()).isEqualTo(7_000_000);
        ledger.release("svc-feasibility-1");
    }

    @Test
    void namesTheFieldOfEveryInvalidProfile() throws Exception {
        assertField("{\"cirKbps\":100,\"pirKbps\":50}", "downstream.pirKbps");
        assertField("{\"pirKbps\":0}", "downstream.pirKbps");
        assertField("{\"cirKbps\":-1,\"pirKbps\":50}", "downstream.cirKbps");
        assertField("{\"girKbps\":100,\"cirKbps\":50,\"pirKbps\":120}", "downstream.pirKbps");
        assertField("{\"girKbps\":100,\"pirKbps\":80}", "downstream.pirKbps");
        assertField("{\"pirKbps\":100,\"eirKbps\":50}", "downstream.eirKbps");
        assertField("{\"form\":\"MEF\",\"cirKbps\":0,\"eirKbps\":0}", "downstream.eirKbps");
        assertField("{\"form\":\"MEF\",\"pirKbps\":10,\"eirKbps\":5}", "downstream.pirKbps");
        assertField("{\"form\":\"MEF\",\"cirKbps\":10,\"eirKbps\":-5}", "downstream.eirKbps");
    }

    @Test
    void refusesMissingMembersAndUnknownCities() throws Exception {
        var missing = feasibility("{\"city\":\"helsinki\",\"downstream\":{\"pirKbps\":10}}", "operator:operator");
        var form = feasibility("{\"city\":\"helsinki\",\"downstream\":{\"form\":\"TR\",\"pirKbps\":10},\"upstream\":{\"pirKbps\":10}}",
                "operator:operator");
        var unknown = feasibility("{\"city\":\"atlantis\",\"downstream\":{\"pirKbps\":10},\"upstream\":{\"pirKbps\":10}}",
                "operator:operator");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"upstream\"");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("downstream.form");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("atlantis");
    }

    @Test
    void keepsSmesOut() throws Exception {
        var response = feasibility("{\"city\":\"helsinki\",\"downstream\":{\"pirKbps\":10},\"upstream\":{\"pirKbps\":10}}",
                "sme-demo:sme-demo");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void exposesCapacityAndCommittedRatesPerSegmentAndDirection() throws Exception {
        var ledger = orchestrator.getBean(CapacityLedger.class);
        var reservation = ledger.reserve("svc-metrics-1", "manchester",
                new Demand(BandwidthProfile.of(300_000, 600_000), new BandwidthProfile(0, 0, 80_000, 0, 50_000)));

        var scrape = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), BodyHandlers.ofString()).body();

        String labels = "city=\"manchester\",olt=\"manchester-co1-olt2\",segment=\"" + reservation.segment()
                + "\",technology=\"XGS_PON\",direction=\"";
        assertThat(reservation.segment().value()).isEqualTo("manchester-co1-olt2-pon1");
        assertThat(scrape)
                .contains("testbench_segment_capacity_kbps{" + labels + "downstream\",} 8500000.0")
                .contains("testbench_segment_committed_kbps{" + labels + "downstream\",kind=\"guaranteed\",} 300000.0")
                .contains("testbench_segment_committed_kbps{" + labels + "downstream\",kind=\"maximum\",} 600000.0")
                .contains("testbench_segment_committed_kbps{" + labels + "upstream\",kind=\"guaranteed\",} 50000.0")
                .contains("testbench_segment_committed_kbps{" + labels + "upstream\",kind=\"maximum\",} 80000.0");
        ledger.release("svc-metrics-1");
    }

    private void assertField(String downstream, String field) throws Exception {
        var response = feasibility("{\"city\":\"helsinki\",\"downstream\":" + downstream + ",\"upstream\":{\"pirKbps\":1000}}",
                "operator:operator");
        assertThat(response.statusCode()).as(downstream + " -> " + response.body()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).as(downstream).isEqualTo(field);
    }

    private long committedIn(String city) {
        return JdbcClient.create(orchestrator.getBean(DataSource.class))
                .sql("SELECT COALESCE(SUM(committed_down_maximum_kbps + committed_up_maximum_kbps), 0) FROM orchestrator.segment WHERE city = :city")
                .param("city", city).query(Long.class).single();
    }

    private static HttpResponse<String> feasibility(String body, String credentials) throws Exception {
        return feasibility("/api/v1/feasibility", body, credentials);
    }

    private static HttpResponse<String> feasibility(String path, String body, String credentials) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }
}
