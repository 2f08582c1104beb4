package org.opencities.testbench.feedback.questionnaire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencities.testbench.feedback.instrument.Instrument;

/** Questionnaires and items for tests, translated into every supported language unless told otherwise. */
public final class QuestionnaireFixtures {

    public static final Instant PUBLISHED = Instant.parse("2027-01-10T09:00:00Z");

    private QuestionnaireFixtures() {
    }

    /** The text in all ten languages, each marked with its language. */
    public static Translations everywhere(String text) {
        var texts = new LinkedHashMap<String, String>();
        Languages.SUPPORTED.forEach(language -> texts.put(language, text + " [" + language + "]"));
        return Translations.of(texts);
    }

    public static ItemRules required(String key) {
        return new ItemRules(key, true, null, null);
    }

    public static ItemRules optional(String key) {
        return new ItemRules(key, false, null, null);
    }

    public static ItemRules shownIf(String key, String answerKey, String... values) {
        return new ItemRules(key, true, new Condition(answerKey, Set.of(values)), null);
    }

    public static ChoiceItem yesNo(ItemRules rules) {
        return new ChoiceItem(rules, everywhere("Do you cycle?"),
                List.of(new ChoiceItem.Option("yes", everywhere("Yes")), new ChoiceItem.Option("no", everywhere("No"))), false);
    }

    /**
     * A questionnaire with one item of each kind: SUS, NPS, a single choice, a Likert item shown only to
     * those who answered "yes", an optional multiple choice, rating and free text.
     */
    public static Questionnaire everyKind() {
        return Questionnaire.draft(QuestionnaireId.random(), everywhere("City bike pilot"), Languages.SUPPORTED, List.of(
                new InstrumentBlock(required("sus"), Instrument.SUS),
                new InstrumentBlock(required("nps"), Instrument.NPS),
                yesNo(required("cycles")),
                new LikertItem(shownIf("bike-comfort", "cycles", "yes"), everywhere("The bike is comfortable"), 7),
                new ChoiceItem(optional("uses"), everywhere("What for?"), List.of(
                        new ChoiceItem.Option("commute", everywhere("Commuting")),
                        new ChoiceItem.Option("leisure", everywhere("Leisure")),
                        new ChoiceItem.Option("errands", everywhere("Errands"))), true),
                new RatingItem(optional("stars"), everywhere("Stars"), 1, 5),
                new FreeTextItem(optional("comment"), everywhere("Anything else?"), 200)));
    }

    /** Answers to every required item of {@link #everyKind()}, by someone who does not cycle. */
    public static Map<String, Answer> validAnswers() {
        var answers = new LinkedHashMap<String, Answer>();
        int[] sus = {4, 2, 4, 2, 4, 2, 4, 2, 4, 2};
        for (int i = 0; i < sus.length; i++) {
            answers.put("sus-" + (i + 1), new Answer.Whole(sus[i]));
        }
        answers.put("nps", new Answer.Whole(9));
        answers.put("cycles", new Answer.Words("no"));
        return answers;
    }
}
