package org.opencities.testbench.feedback;

import javax.sql.DataSource;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The module's JDBC stores on a migrated database, without the web, the broker or the rest of the application. */
public final class TestStores {

    private TestStores() {
    }

    public static AnnotationConfigApplicationContext on(DataSource dataSource) {
        FeedbackModule.migrations(dataSource).migrate();
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(JsonMapper.class, () -> JsonMapper.builder().build());
        context.scan("org.opencities.testbench.feedback.pilot.persistence",
                "org.opencities.testbench.feedback.tester.persistence",
                "org.opencities.testbench.feedback.questionnaire.persistence",
                "org.opencities.testbench.feedback.campaign.persistence",
                "org.opencities.testbench.feedback.response.persistence",
                "org.opencities.testbench.feedback.rights.persistence",
                "org.opencities.testbench.feedback.report.persistence");
        context.refresh();
        return context;
    }
}
