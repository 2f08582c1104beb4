package org.opencities.testbench.feedback.standalone;

import java.util.Locale;

import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import io.prometheus.client.hotspot.DefaultExports;
import org.opencities.testbench.feedback.FeedbackModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The feedback module on its own, for the distributed mode: external broker and PostgreSQL, callers
 * authenticated by JWT from the identity provider. Configuration: {@code feedback.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(FeedbackModule.class)
public class FeedbackApplication implements WebMvcConfigurer {

    public static void main(String[] args) {
        new SpringApplicationBuilder(FeedbackApplication.class)
                .properties("spring.config.name=feedback")
                .run(args);
    }

    @Bean
    ServletRegistrationBean<MetricsServlet> prometheusMetrics() {
        DefaultExports.initialize();
        return new ServletRegistrationBean<>(new MetricsServlet(), "/metrics");
    }

    @Bean
    Customizer<HttpSecurity> jwtCallers() {
        return http -> http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("testbench-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LocaleChangeInterceptor());
    }
}
