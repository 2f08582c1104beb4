package org.opencities.testbench.feedback.response.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.opencities.testbench.feedback.instrument.Instrument;
import org.opencities.testbench.feedback.questionnaire.ChoiceItem;
import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.InstrumentBlock;
import org.opencities.testbench.feedback.questionnaire.InstrumentTexts;
import org.opencities.testbench.feedback.questionnaire.Item;
import org.opencities.testbench.feedback.questionnaire.LikertItem;
import org.opencities.testbench.feedback.questionnaire.RatingItem;
import org.opencities.testbench.feedback.questionnaire.Translations;
import org.opencities.testbench.feedback.questionnaire.document.ItemDocument.ConditionDocument;

/**
 * An item in one language, ready to show. Its texts are in that language (publishing guaranteed
 * them); only help text falls back to English. Instrument blocks list their questions with the
 * answer key of each and the scale's labels.
 *
 * @param labels labels of scale points by value, where every point has one (MOS)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RenderedItem(String key, String kind, boolean required, ConditionDocument showIf, String text, String help,
        Integer min, Integer max, String minLabel, String maxLabel, Map<String, String> labels,
        List<Choice> options, Integer maxLength, String instrument, List<Question> questions) {

    /** An option of a choice: the value to send and its label. */
    record Choice(String value, String label) {
    }

    /**
     * One question of an instrument block: the key to answer under, its statement, or for UEQ-S the
     * two opposite words at the ends of the scale.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(String key, String text, String left, String right) {
    }

    static RenderedItem of(Item item, String language) {
        var rules = item.rules();
        var showIf = rules.condition().map(c -> new ConditionDocument(c.answerKey(), c.values())).orElse(null);
        String help = rules.helpText().flatMap(texts -> texts.inOrEnglish(language)).orElse(null);
        if (item instanceof LikertItem likert) {
            return new RenderedItem(item.key(), "likert", rules.required(), showIf, in(likert.text(), language), help,
                    1, likert.points(), null, null, null, null, null, null, null);
        }
        if (item instanceof RatingItem rating) {
            return new RenderedItem(item.key(), "rating", rules.required(), showIf, in(rating.text(), language), help,
                    rating.min(), rating.max(), null, null, null, null, null, null, null);
        }
        if (item instanceof ChoiceItem choice) {
            var options = choice.options().stream().map(o -> new Choice(o.value(), in(o.label(), language))).toList();
            return new RenderedItem(item.key(), choice.multiple() ? "multiple-choice" : "single-choice", rules.required(),
                    showIf, in(choice.text(), language), help, null, null, null, null, null, options, null, null, null);
        }
        if (item instanceof FreeTextItem free) {
            return new RenderedItem(item.key(), "free-text", rules.required(), showIf, in(free.text(), language), help,
                    null, null, null, null, null, null, free.maxLength(), null, null);
        }
        return block((InstrumentBlock) item, showIf, help, language);
    }

    private static RenderedItem block(InstrumentBlock block, ConditionDocument showIf, String help, String language) {
        var instrument = block.instrument();
        var keys = block.answerKeys();
        String text = null;
        String minLabel = null;
        String maxLabel = null;
        Map<String, String> labels = null;
        List<Question> questions;
        switch (instrument) {
            case SUS -> {
                questions = IntStream.range(0, keys.size())
                        .mapToObj(i -> new Question(keys.get(i), texts(instrument, (i + 1) + "", language), null, null)).toList();
                minLabel = texts(instrument, "scale.min", language);
                maxLabel = texts(instrument, "scale.max", language);
            }
            case UEQ_S -> {
                text = texts(instrument, "question", language);
                questions = IntStream.range(0, keys.size()).mapToObj(i -> new Question(keys.get(i), null,
                        texts(instrument, (i + 1) + ".left", language), texts(instrument, (i + 1) + ".right", language))).toList();
            }
            case NPS -> {
                questions = List.of(new Question(keys.get(0), texts(instrument, "question", language), null, null));
                minLabel = texts(instrument, "scale.min", language);
                maxLabel = texts(instrument, "scale.max", language);
            }
            default -> {
                questions = List.of(new Question(keys.get(0), texts(instrument, "question", language), null, null));
                var byValue = new LinkedHashMap<String, String>();
                IntStream.rangeClosed(instrument.scaleMin(), instrument.scaleMax())
                        .forEach(value -> byValue.put(value + "", texts(instrument, "scale." + value, language)));
                labels = byValue;
            }
        }
        return new RenderedItem(block.key(), "instrument", block.rules().required(), showIf, text, help,
                instrument.scaleMin(), instrument.scaleMax(), minLabel, maxLabel, labels, null, null, instrument.code(),
                questions);
    }

    private static String texts(Instrument instrument, String suffix, String language) {
        return InstrumentTexts.text(instrument, suffix, language);
    }

    private static String in(Translations texts, String language) {
        // A published version has every required text in each of its languages.
        return texts.in(language).orElseThrow(() -> new IllegalStateException("no '" + language + "' text in a published version"));
    }
}
