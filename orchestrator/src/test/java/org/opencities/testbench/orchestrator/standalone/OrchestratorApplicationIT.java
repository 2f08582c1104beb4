package org.opencities.testbench.orchestrator.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The orchestrator as its own process in the distributed configuration: a real PostgreSQL (schema
 * per module), callers with JWTs. The identity provider is the one part replaced: the test signs
 * tokens with its own key and gives the application that key's decoder.
 */
class OrchestratorApplicationIT {

    static final KeyPair KEYS = rsaKeys();
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext orchestrator;
    static final HttpClient http = HttpClient.newHttpClient();

    @Configuration(proxyBeanMethods = false)
    static class TestIdentityProvider {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE SCHEMA IF NOT EXISTS orchestrator").update();
        orchestrator = OrchestratorApplication.application().sources(TestIdentityProvider.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=orchestrator",
                "--spring.datasource.username=postgres",
                "--spring.artemis.mode=embedded",
                "--spring.artemis.embedded.persistent=false",
                "--testbench.orchestrator.demo-data=true");
    }

    @AfterAll
    static void stop() throws IOException {
        if (orchestrator != null) {
            orchestrator.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void servesTheInventoryFromPostgresToCallersWithTheRightRole() throws Exception {
        assertThat(get("/api/v1/segments", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/segments", token("sme", List.of("SME"))).statusCode()).isEqualTo(403);

        var segments = get("/api/v1/segments?city=helsinki", token("noc", List.of("OPERATOR")));

        assertThat(segments.statusCode()).isEqualTo(200);
        assertThat(segments.headers().firstValue("X-Total-Count")).hasValue("2");
        long stored = JdbcClient.create(postgres.getPostgresDatabase())
                .sql("SELECT COUNT(*) FROM orchestrator.segment").query(Long.class).single();
        assertThat(stored).isEqualTo(22);
    }

    @Test
    void reportsReadinessWithDatabaseAndBroker() throws Exception {
        var readiness = get("/actuator/health/readiness", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"jms\"", "\"status\":\"UP\"");
    }

    static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String subject, List<String> roles) throws JOSEException {
        var claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
        return jwt.serialize();
    }

    static KeyPair rsaKeys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
