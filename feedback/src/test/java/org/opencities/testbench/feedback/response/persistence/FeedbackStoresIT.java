package org.opencities.testbench.feedback.response.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.feedback.TestDatabases;
import org.opencities.testbench.feedback.TestStores;
import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.questionnaire.VersionPublished;
import org.opencities.testbench.feedback.response.AlreadySubmitted;
import org.opencities.testbench.feedback.response.Draft;
import org.opencities.testbench.feedback.response.Drafts;
import org.opencities.testbench.feedback.response.Response;
import org.opencities.testbench.feedback.response.Responses;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.Testers;

/**
 * The feedback module's stores on H2 and on a real PostgreSQL, through its own migrations: pilots,
 * testers, questionnaire versions, campaigns with quotas, responses and drafts. Every row is new
 * (random ids), so the shared PostgreSQL needs no cleaning.
 */
class FeedbackStoresIT {

    private static final Instant NOW = Instant.parse("2027-02-10T19:30:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void remembersPilotsAndTestersOnceAndRecognisesTestersByTokenHash(String name, DataSource dataSource) {
        try (var stores = TestStores.on(dataSource)) {
            var pilots = stores.getBean(KnownPilots.class);
            var testers = stores.getBean(Testers.class);
            var pilot = pilot();
            pilots.remember(pilot);
            pilots.remember(new Pilot(pilot.id(), Set.of("berlin"), pilot.startDate(), pilot.endDate()));
            var tester = tester(pilot.id(), "oulu");

            testers.enrol(tester);
            testers.enrol(tester);
            testers.withdraw(tester.enrolmentId(), NOW);
            testers.withdraw(tester.enrolmentId(), NOW.plusSeconds(60));

            assertThat(pilots.find(pilot.id())).contains(pilot);
            assertThat(testers.byTokenSha256(tester.tokenSha256())).singleElement().satisfies(stored -> {
                assertThat(stored.consents()).containsExactly(new ConsentRecord("participation", 1), new ConsentRecord("research", 2));
                assertThat(stored.withdrawnAt()).isEqualTo(NOW);
                assertThat(stored.segmentCode()).isEqualTo("oulu-co1-olt1-pon2");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsPublishedVersionsAsTheyWere(String name, DataSource dataSource) {
        try (var stores = TestStores.on(dataSource)) {
            var questionnaires = stores.getBean(Questionnaires.class);
            var draft = QuestionnaireFixtures.everyKind();
            questionnaires.add(draft);
            var published = draft.publish(NOW);
            questionnaires.replaceDraft(published);

            assertThat(questionnaires.find(draft.id(), 1)).contains(published);
            assertThatThrownBy(() -> questionnaires.replaceDraft(draft)).isInstanceOf(VersionPublished.class);
            var next = published.nextDraft();
            questionnaires.add(next);
            assertThat(questionnaires.latest(draft.id())).contains(next);
            assertThat(questionnaires.versions(draft.id())).extracting(Questionnaire::version).containsExactly(1, 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesOneResponsePerTesterWithItsAnswersScoresAndQuotaPlace(String name, DataSource dataSource) {
        try (var stores = TestStores.on(dataSource)) {
            var pilot = pilot();
            stores.getBean(KnownPilots.class).remember(pilot);
            var questionnaire = QuestionnaireFixtures.everyKind().publish(NOW);
            stores.getBean(Questionnaires.class).add(questionnaire);
            var campaigns = stores.getBean(Campaigns.class);
            var campaign = Campaign.plan(pilot, questionnaire, NOW, NOW.plus(Duration.ofDays(30)), Duration.ZERO,
                    Map.of("oulu", 1), "lab-oulu", NOW);
            campaigns.add(campaign);
            var responses = stores.getBean(Responses.class);
            var tester = tester(pilot.id(), "oulu");
            var answers = new HashMap<>(QuestionnaireFixtures.validAnswers());
            answers.put("uses", new Answer.Selection(List.of("leisure", "commute")));
            answers.put("comment", new Answer.Words("Pyörä <script>alert(1)</script> ok"));
            var response = Response.of(campaign, questionnaire, tester, "fi", answers, NOW);

            responses.add(response);

            assertThat(campaigns.find(campaign.id())).contains(campaign);
            assertThat(campaigns.ofPilot(pilot.id())).containsExactly(campaign);
            assertThat(campaigns.takePlace(campaign, "oulu")).isTrue();
            assertThat(campaigns.takePlace(campaign, "oulu")).as("the quota of 1 is used").isFalse();
            assertThat(campaigns.takePlace(campaign, "helsinki")).as("no quota for Helsinki").isTrue();
            assertThat(responses.find(campaign.id(), tester.pseudonym())).contains(response);
            assertThat(responses.exists(campaign.id(), tester.pseudonym())).isTrue();
            assertThat(responses.exists(campaign.id(), "tester-nobody")).isFalse();
            assertThat(response.scores()).containsEntry("sus", 75.0).containsEntry("nps", 9.0);
            assertThatThrownBy(() -> responses.add(Response.of(campaign, questionnaire, tester, "fi", answers, NOW)))
                    .isInstanceOf(AlreadySubmitted.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void replacesATestersDraftAndForgetsIt(String name, DataSource dataSource) {
        try (var stores = TestStores.on(dataSource)) {
            var pilot = pilot();
            stores.getBean(KnownPilots.class).remember(pilot);
            var questionnaire = QuestionnaireFixtures.everyKind().publish(NOW);
            stores.getBean(Questionnaires.class).add(questionnaire);
            var campaign = Campaign.plan(pilot, questionnaire, null, null, null, Map.of(), "admin", NOW);
            stores.getBean(Campaigns.class).add(campaign);
            var drafts = stores.getBean(Drafts.class);
            var first = new Draft(campaign.id(), "tester-1", "fi", Map.of("sus-1", new Answer.Whole(2)), NOW);
            var second = new Draft(campaign.id(), "tester-1", "sv", Map.of("uses", new Answer.Selection(List.of("errands")),
                    "cycles", new Answer.Words("yes")), NOW.plusSeconds(5));

            drafts.save(first);
            drafts.save(second);

            assertThat(drafts.find(campaign.id(), "tester-1")).contains(second);
            drafts.remove(campaign.id(), "tester-1");
            assertThat(drafts.find(campaign.id(), "tester-1")).isEmpty();
        }
    }

    private static Pilot pilot() {
        return new Pilot("pilot-" + UUID.randomUUID(), Set.of("oulu", "helsinki"), LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15));
    }

    private static Tester tester(String pilotId, String city) {
        return new Tester("enrolment-" + UUID.randomUUID(), "tester-" + UUID.randomUUID().toString().substring(0, 6), pilotId,
                city, "fi", "tablet", "ios", "oulu-co1-olt1-pon2",
                List.of(new ConsentRecord("participation", 1), new ConsentRecord("research", 2)),
                UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""), NOW, null);
    }
}
