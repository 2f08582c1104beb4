package org.opencities.testbench.registry.standalone;

import java.util.Locale;

import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import io.prometheus.client.hotspot.DefaultExports;
import org.opencities.testbench.registry.RegistryModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pilot registry on its own, for the distributed mode: external broker and PostgreSQL, callers
 * authenticated by JWT from the identity provider, and self-registered SMEs by the login form.
 * Configuration: {@code registry.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RegistryModule.class)
public class PilotRegistryApplication implements WebMvcConfigurer {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PilotRegistryApplication.class)
                .properties("spring.config.name=registry")
                .run(args);
    }

    @Bean
    ServletRegistrationBean<MetricsServlet> prometheusMetrics() {
        DefaultExports.initialize();
        return new ServletRegistrationBean<>(new MetricsServlet(), "/metrics");
    }

    /**
     * Staff and services come with a JWT from the identity provider. SMEs that registered themselves
     * have no account there: they log in on this process with the login form, and their session
     * carries them through the pages and the API alike.
     */
    @Bean
    Customizer<HttpSecurity> jwtCallers() {
        return http -> http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                .formLogin(Customizer.withDefaults());
    }

    /** The login form itself, open to anyone; no other chain of this process covers it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
        return http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("testbench-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languageParameter = new LocaleChangeInterceptor();
        languageParameter.setParamName("lang");
        registry.addInterceptor(languageParameter);
    }
}
