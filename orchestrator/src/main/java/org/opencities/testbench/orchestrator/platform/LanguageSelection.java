package org.opencities.testbench.orchestrator.platform;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language switcher: {@code ?lang=fi} on any page picks the language and a cookie keeps it;
 * without either, the browser's Accept-Language decides; texts missing in a language fall back to
 * English, the base bundles.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageSelection implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("testbench-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languageParameter = new LocaleChangeInterceptor();
        languageParameter.setParamName("lang");
        registry.addInterceptor(languageParameter);
    }
}
