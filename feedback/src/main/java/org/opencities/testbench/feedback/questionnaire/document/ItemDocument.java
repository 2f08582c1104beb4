package org.opencities.testbench.feedback.questionnaire.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.opencities.testbench.feedback.instrument.Instrument;
import org.opencities.testbench.feedback.questionnaire.ChoiceItem;
import org.opencities.testbench.feedback.questionnaire.Condition;
import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.InstrumentBlock;
import org.opencities.testbench.feedback.questionnaire.Item;
import org.opencities.testbench.feedback.questionnaire.ItemRules;
import org.opencities.testbench.feedback.questionnaire.LikertItem;
import org.opencities.testbench.feedback.questionnaire.RatingItem;
import org.opencities.testbench.feedback.questionnaire.Translations;

/**
 * An item as JSON has it, in the API and in the stored definition of a version: one flat shape with
 * {@code kind} ({@code likert}, {@code rating}, {@code single-choice}, {@code multiple-choice},
 * {@code free-text}, {@code instrument}); fields a kind does not use are left out.
 *
 * @param key the item's key; for an instrument block defaults to the instrument's code
 * @param required defaults to true
 * @param points Likert only: 5 or 7
 * @param min rating only
 * @param max rating only
 * @param maxLength free text only, defaults to 2000
 * @param instrument instrument block only: {@code sus}, {@code ueq-s}, {@code nps} or {@code mos}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemDocument(String kind, String key, Boolean required, ConditionDocument showIf,
        Map<String, String> text, Map<String, String> help, Integer points, Integer min, Integer max,
        List<OptionDocument> options, Integer maxLength, String instrument) {

    static final int DEFAULT_MAX_LENGTH = 2000;

    /** The condition that shows an item. */
    public record ConditionDocument(String answerKey, Set<String> values) {
    }

    /** One option of a choice. */
    public record OptionDocument(String value, Map<String, String> label) {
    }

    /**
     * The domain item.
     *
     * @throws IllegalArgumentException naming what is wrong, if the fields do not make an item
     */
    public Item toItem() {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: likert, rating, single-choice, multiple-choice, free-text or instrument");
        }
        return switch (kind) {
            case "likert" -> new LikertItem(rules(key), translations(text, "text"), required(points, "points"));
            case "rating" -> new RatingItem(rules(key), translations(text, "text"), required(min, "min"), required(max, "max"));
            case "single-choice", "multiple-choice" -> new ChoiceItem(rules(key), translations(text, "text"),
                    choices(), kind.equals("multiple-choice"));
            case "free-text" -> new FreeTextItem(rules(key), translations(text, "text"),
                    maxLength == null ? DEFAULT_MAX_LENGTH : maxLength);
            case "instrument" -> instrumentBlock();
            default -> throw new IllegalArgumentException("unknown kind '" + kind
                    + "'; use likert, rating, single-choice, multiple-choice, free-text or instrument");
        };
    }

    private Item instrumentBlock() {
        var standard = Instrument.byCode(required(instrument, "instrument"))
                .orElseThrow(() -> new IllegalArgumentException("unknown instrument '" + instrument + "'; use sus, ueq-s, nps or mos"));
        return new InstrumentBlock(rules(key == null ? standard.code() : key), standard);
    }

    private List<ChoiceItem.Option> choices() {
        var choices = new ArrayList<ChoiceItem.Option>();
        var given = required(options, "options");
        for (int i = 0; i < given.size(); i++) {
            var option = required(given.get(i), "options[" + i + "]");
            choices.add(new ChoiceItem.Option(required(option.value(), "options[" + i + "].value"),
                    translations(option.label(), "options[" + i + "].label")));
        }
        return choices;
    }

    private ItemRules rules(String itemKey) {
        var condition = showIf == null ? null
                : new Condition(required(showIf.answerKey(), "showIf.answerKey"), values(showIf.values()));
        return new ItemRules(required(itemKey, "key"), required == null || required, condition,
                help == null ? null : Translations.of(help));
    }

    private static Set<String> values(Set<String> values) {
        if (required(values, "showIf.values").stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("showIf.values must not contain null");
        }
        return values;
    }

    private static Translations translations(Map<String, String> texts, String field) {
        return Translations.of(required(texts, field));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** The document of a domain item. */
    public static ItemDocument of(Item item) {
        var rules = item.rules();
        var condition = rules.condition().map(c -> new ConditionDocument(c.answerKey(), c.values())).orElse(null);
        var help = rules.helpText().map(Translations::texts).orElse(null);
        if (item instanceof LikertItem likert) {
            return new ItemDocument("likert", item.key(), rules.required(), condition,
                    likert.text().texts(), help, likert.points(), null, null, null, null, null);
        }
        if (item instanceof RatingItem rating) {
            return new ItemDocument("rating", item.key(), rules.required(), condition,
                    rating.text().texts(), help, null, rating.min(), rating.max(), null, null, null);
        }
        if (item instanceof ChoiceItem choice) {
            return new ItemDocument(choice.multiple() ? "multiple-choice" : "single-choice",
                    item.key(), rules.required(), condition, choice.text().texts(), help, null, null, null,
                    choice.options().stream().map(o -> new OptionDocument(o.value(), o.label().texts())).toList(),
                    null, null);
        }
        if (item instanceof FreeTextItem free) {
            return new ItemDocument("free-text", item.key(), rules.required(), condition,
                    free.text().texts(), help, null, null, null, null, free.maxLength(), null);
        }
        var block = (InstrumentBlock) item;
        return new ItemDocument("instrument", item.key(), rules.required(), condition,
                null, help, null, null, null, null, null, block.instrument().code());
    }
}
