package org.opencities.testbench.feedback.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencities.testbench.feedback.questionnaire.QuestionnaireFixtures.everywhere;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.instrument.Instrument;

/** Rules that hold for every questionnaire: generated ones with items of every kind, some conditional. */
class AnswerPropertyTests {

    @Property
    void acceptsEveryValidAnswerSet(@ForAll("questionnaires") Questionnaire questionnaire, @ForAll long seed) {
        var answers = validAnswers(questionnaire, new Random(seed));

        assertThat(questionnaire.checkSubmission(answers)).isEmpty();
    }

    @Property
    void refusesAnySingleOutOfRangeAnswerNamingIt(@ForAll("questionnaires") Questionnaire questionnaire, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 1000) int beyond, @ForAll boolean below) {
        var random = new Random(seed);
        var answers = validAnswers(questionnaire, random);
        var scaleKeys = answers.entrySet().stream().filter(entry -> entry.getValue() instanceof Answer.Whole)
                .map(Map.Entry::getKey).toList();
        String key = scaleKeys.get(random.nextInt(scaleKeys.size()));
        var item = questionnaire.items().stream().filter(i -> i.answerKeys().contains(key)).findFirst().orElseThrow();
        int[] range = range(item);
        answers.put(key, new Answer.Whole(below ? range[0] - beyond : range[1] + beyond));

        assertThat(questionnaire.checkSubmission(answers)).extracting(Violation::field).containsExactly("answers." + key);
    }

    @Provide
    Arbitrary<Questionnaire> questionnaires() {
        var kinds = Arbitraries.integers().between(0, 6).list().ofMinSize(0).ofMaxSize(8);
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1000).list().ofSize(8),
                Arbitraries.of(true, false).list().ofSize(8)).as(AnswerPropertyTests::questionnaire);
    }

    private static Questionnaire questionnaire(List<Integer> kinds, List<Integer> numbers, List<Boolean> flags) {
        var items = new ArrayList<Item>();
        // Always one scale item first, so that conditions have something to refer to.
        items.add(new LikertItem(new ItemRules("first", true, null, null), everywhere("First"), 5));
        for (int i = 0; i < kinds.size(); i++) {
            boolean required = flags.get(i);
            int n = numbers.get(i);
            // Every other item is shown only if the first answer is 4 or 5.
            var condition = i % 2 == 1 ? new Condition("first", Set.of("4", "5")) : null;
            var rules = new ItemRules("q" + i, required, condition, null);
            items.add(switch (kinds.get(i)) {
                case 0 -> new LikertItem(rules, everywhere("Likert"), n % 2 == 0 ? 5 : 7);
                case 1 -> new RatingItem(rules, everywhere("Rating"), n % 3, 3 + n % 8);
                case 2, 3 -> new ChoiceItem(rules, everywhere("Choice"), List.of(
                        new ChoiceItem.Option("a", everywhere("A")), new ChoiceItem.Option("b", everywhere("B")),
                        new ChoiceItem.Option("c", everywhere("C"))), kinds.get(i) == 3);
                case 4 -> new FreeTextItem(rules, everywhere("Text"), 1 + n);
                default -> new InstrumentBlock(rules, Instrument.values()[n % Instrument.values().length]);
            });
        }
        return Questionnaire.draft(QuestionnaireId.random(), everywhere("Generated"), Languages.SUPPORTED, items);
    }

    /** Answers every shown required item and, by chance, shown optional ones, with valid values. */
    private static Map<String, Answer> validAnswers(Questionnaire questionnaire, Random random) {
        var answers = new LinkedHashMap<String, Answer>();
        for (Item item : questionnaire.items()) {
            boolean shown = item.rules().condition().map(condition -> condition.holds(answers)).orElse(true);
            boolean answered = item.rules().required() || random.nextBoolean();
            if (shown && answered) {
                item.answerKeys().forEach(key -> answers.put(key, validAnswer(item, random)));
            }
        }
        return answers;
    }

    private static Answer validAnswer(Item item, Random random) {
        if (item instanceof ChoiceItem choice) {
            var values = choice.options().stream().map(ChoiceItem.Option::value).toList();
            return choice.multiple() ? new Answer.Selection(values.subList(0, 1 + random.nextInt(values.size())))
                    : new Answer.Words(values.get(random.nextInt(values.size())));
        }
        if (item instanceof FreeTextItem free) {
            return new Answer.Words("ö<b>".repeat(free.maxLength()).substring(0, 1 + random.nextInt(free.maxLength())).replace(' ', 'x'));
        }
        int[] range = range(item);
        return new Answer.Whole(range[0] + random.nextInt(range[1] - range[0] + 1));
    }

    private static int[] range(Item item) {
        if (item instanceof LikertItem likert) {
            return new int[] {1, likert.points()};
        }
        if (item instanceof RatingItem rating) {
            return new int[] {rating.min(), rating.max()};
        }
        var instrument = ((InstrumentBlock) item).instrument();
        return new int[] {instrument.scaleMin(), instrument.scaleMax()};
    }
}
