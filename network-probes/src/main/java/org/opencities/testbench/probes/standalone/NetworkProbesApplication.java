package org.opencities.testbench.probes.standalone;

import java.util.Locale;

import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import io.prometheus.client.hotspot.DefaultExports;
import org.opencities.testbench.probes.ProbesModule;
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
 * The network probes on their own, for the distributed mode: external broker and PostgreSQL, callers
 * authenticated by JWT from the identity provider. Configuration: {@code probes.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ProbesModule.class)
public class NetworkProbesApplication implements WebMvcConfigurer {

    public static void main(String[] args) {
        new SpringApplicationBuilder(NetworkProbesApplication.class)
                .properties("spring.config.name=probes")
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
