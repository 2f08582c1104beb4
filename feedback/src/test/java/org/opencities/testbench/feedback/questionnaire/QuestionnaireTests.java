package org.opencities.testbench.feedback.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.PUBLISHED;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.everyKind;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.everywhere;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.required;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.validAnswers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.instrument.Instrument;

class QuestionnaireTests {

    @Test
    void acceptsAnswersToEveryRequiredItemAndScoresTheInstruments() {
        var questionnaire = everyKind();

        assertThat(questionnaire.checkSubmission(validAnswers())).isEmpty();
        assertThat(questionnaire.scores(validAnswers())).containsExactlyInAnyOrderEntriesOf(Map.of("sus", 75.0, "nps", 9.0));
    }

    @Test
    void requiresAConditionalItemOnlyWhenItsConditionHolds() {
        var answers = new HashMap<>(validAnswers());
        answers.put("cycles", new Answer.Words("yes"));

        assertThat(everyKind().checkSubmission(answers))
                .containsExactly(new Violation("answers.bike-comfort", "is required"));

        answers.put("bike-comfort", new Answer.Whole(7));
        assertThat(everyKind().checkSubmission(answers)).isEmpty();
    }

    @Test
    void refusesAnAnswerToAnItemItsConditionHides() {
        var answers = new HashMap<>(validAnswers());
        answers.put("bike-comfort", new Answer.Whole(6));

        assertThat(everyKind().checkSubmission(answers)).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("answers.bike-comfort");
                    assertThat(violation.reason()).contains("'cycles'", "[yes]");
                });
    }

    @Test
    void namesEveryMissingRequiredAnswerAndEveryUnknownKey() {
        var answers = new HashMap<>(validAnswers());
        answers.remove("sus-3");
        answers.remove("nps");
        answers.put("sus-11", new Answer.Whole(3));

        assertThat(everyKind().checkSubmission(answers)).containsExactlyInAnyOrder(
                new Violation("answers.sus-11", "is not an item of version 1 of this questionnaire"),
                new Violation("answers.sus-3", "is required"),
                new Violation("answers.nps", "is required"));
    }

    @Test
    void checksEachKindOfAnswer() {
        var questionnaire = everyKind();
        var answers = new HashMap<>(validAnswers());
        answers.put("sus-1", new Answer.Whole(6));
        answers.put("nps", new Answer.Words("nine"));
        answers.put("cycles", new Answer.Words("maybe"));
        answers.put("uses", new Answer.Selection(List.of("commute", "commute")));
        answers.put("stars", new Answer.Whole(0));
        answers.put("comment", new Answer.Words("x".repeat(201)));

        var reasons = new HashMap<String, String>();
        questionnaire.checkSubmission(answers).forEach(violation -> reasons.put(violation.field(), violation.reason()));

        assertThat(reasons).containsOnlyKeys("answers.sus-1", "answers.nps", "answers.cycles", "answers.uses",
                "answers.stars", "answers.comment");
        assertThat(reasons.get("answers.sus-1")).contains("6 is out of range", "1 to 5");
        assertThat(reasons.get("answers.nps")).contains("whole number from 0 to 10");
        assertThat(reasons.get("answers.cycles")).contains("'maybe' is not an option", "[yes, no]");
        assertThat(reasons.get("answers.uses")).contains("twice");
        assertThat(reasons.get("answers.stars")).contains("1 to 5");
        assertThat(reasons.get("answers.comment")).contains("201 characters", "at most 200");
    }

    @Test
    void asksForTheWholeOfAnOptionalInstrumentBlockOnceAnyOfItIsAnswered() {
        var questionnaire = Questionnaire.draft(QuestionnaireId.random(), everywhere("UEQ"), List.of("en"), List.of(
                new InstrumentBlock(QuestionnaireFixtures.optional("ueq-s"), Instrument.UEQ_S)));

        assertThat(questionnaire.checkSubmission(Map.of())).isEmpty();
        assertThat(questionnaire.checkSubmission(Map.of("ueq-s-1", new Answer.Whole(3))))
                .hasSize(7).allSatisfy(violation -> assertThat(violation.reason()).contains("needed to score"));
    }

    @Test
    void scoresUeqsScalesUnderTheBlockKey() {
        var questionnaire = Questionnaire.draft(QuestionnaireId.random(), everywhere("UEQ"), List.of("en"), List.of(
                new InstrumentBlock(required("ueq-s"), Instrument.UEQ_S)));
        var answers = new HashMap<String, Answer>();
        int[] values = {2, 1, 3, 2, 0, -1, 1, 2};
        for (int i = 0; i < values.length; i++) {
            answers.put("ueq-s-" + (i + 1), new Answer.Whole(values[i]));
        }

        assertThat(questionnaire.scores(answers)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ueq-s.pragmatic", 2.0, "ueq-s.hedonic", 0.5, "ueq-s.overall", 1.25));
    }

    @Test
    void checksOnlyWhatIsThereInADraft() {
        var draft = Map.<String, Answer>of("sus-1", new Answer.Whole(4), "stars", new Answer.Whole(9));

        assertThat(everyKind().checkDraft(draft)).extracting(Violation::field).containsExactly("answers.stars");
    }

    @Test
    void refusesToPublishNamingEachTextAndLanguageWithoutATranslation() {
        var draft = Questionnaire.draft(QuestionnaireId.random(), everywhere("Pilot"), List.of("en", "fi", "sv"), List.of(
                new LikertItem(required("easy"), Translations.of(Map.of("en", "Easy", "fi", "Helppo")), 5),
                new ChoiceItem(required("bike"), everywhere("Bike?"), List.of(
                        new ChoiceItem.Option("yes", Translations.of(Map.of("en", "Yes"))),
                        new ChoiceItem.Option("no", everywhere("No"))), false)));

        assertThatThrownBy(() -> draft.publish(PUBLISHED))
                .isInstanceOfSatisfying(MissingTranslations.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new Violation("items.easy.text", "no translation in 'sv'"),
                        new Violation("items.bike.options.yes", "no translation in 'fi'"),
                        new Violation("items.bike.options.yes", "no translation in 'sv'")));
    }

    @Test
    void publishesWithoutHelpTextsBeingTranslatedAndFallsBackToEnglishForThem() {
        var help = Translations.of(Map.of("en", "Think of last week"));
        var draft = Questionnaire.draft(QuestionnaireId.random(), everywhere("Pilot"), List.of("en", "fi"), List.of(
                new LikertItem(new ItemRules("easy", true, null, help), everywhere("Easy"), 5),
                new InstrumentBlock(required("mos"), Instrument.MOS)));

        var published = draft.publish(PUBLISHED);

        assertThat(published.published()).isTrue();
        assertThat(help.inOrEnglish("fi")).contains("Think of last week");
    }

    @Test
    void neverChangesAPublishedVersionAndEditsTheNextOne() {
        var published = everyKind().publish(PUBLISHED);

        assertThatThrownBy(() -> published.revise(published.title(), published.languages(), published.items()))
                .isInstanceOf(VersionPublished.class).hasMessageContaining("create version 2");
        assertThatThrownBy(() -> published.publish(PUBLISHED)).isInstanceOf(VersionPublished.class);

        var next = published.nextDraft();
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.published()).isFalse();
        assertThat(next.revise(everywhere("Renamed"), next.languages(), next.items()).title()).isEqualTo(everywhere("Renamed"));
        assertThatThrownBy(next::nextDraft).isInstanceOf(DraftPending.class);
    }

    @Test
    void refusesConditionsOnLaterOrUnknownItemsAndDuplicateKeys() {
        assertThatThrownBy(() -> Questionnaire.draft(QuestionnaireId.random(), everywhere("x"), List.of("en"), List.of(
                new LikertItem(QuestionnaireFixtures.shownIf("a", "b", "1"), everywhere("A"), 5),
                new LikertItem(required("b"), everywhere("B"), 5))))
                .hasMessageContaining("no earlier item");
        assertThatThrownBy(() -> Questionnaire.draft(QuestionnaireId.random(), everywhere("x"), List.of("en"), List.of(
                new InstrumentBlock(required("sus"), Instrument.SUS),
                new LikertItem(required("sus-1"), everywhere("B"), 5))))
                .hasMessageContaining("'sus-1' is used twice");
    }

    @Test
    void refusesUnsupportedLanguagesAndQuestionnairesWithoutEnglish() {
        assertThatThrownBy(() -> Translations.of(Map.of("xx", "?"))).hasMessageContaining("'xx' is not a supported language");
        assertThatThrownBy(() -> Questionnaire.draft(QuestionnaireId.random(), everywhere("x"), List.of("fi"),
                List.of(new LikertItem(required("a"), everywhere("A"), 5)))).hasMessageContaining("must include en");
        assertThatThrownBy(() -> new LikertItem(required("a"), everywhere("A"), 6)).hasMessageContaining("5 or 7");
    }
}
