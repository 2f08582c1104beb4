package org.opencities.testbench.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The test process itself starts with H2, the embedded broker and the demo topology. */
class OrchestratorTestApplicationIT {

    static ConfigurableApplicationContext orchestrator;

    @BeforeAll
    static void start() {
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0");
    }

    @AfterAll
    static void stop() {
        orchestrator.close();
    }

    @Test
    void servesTheDemoSegmentsToOperators() throws Exception {
        int port = ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/segments?city=helsinki"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("operator:operator".getBytes()))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("helsinki-co1-olt1-pon1", "helsinki-co1-olt2-pon1");
    }
}
