package org.opencities.testbench.feedback.questionnaire;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question answered by choosing one option (single choice, answered with the option's value) or
 * several (multiple choice, answered with a list of values).
 */
public record ChoiceItem(ItemRules rules, Translations text, List<Option> options, boolean multiple) implements Item {

    private static final Pattern VALUE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** One option: the value stored when it is chosen and its label. */
    public record Option(String value, Translations label) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            if (!VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("option value '" + value + "' must be 1-40 lower-case letters, digits or hyphens");
            }
        }
    }

    public ChoiceItem {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new IllegalArgumentException("a choice needs at least two options");
        }
        if (options.stream().map(Option::value).distinct().count() != options.size()) {
            throw new IllegalArgumentException("option values must be unique");
        }
    }

    @Override
    public Optional<String> misfit(Answer answer) {
        var values = Set.copyOf(optionValues());
        if (multiple) {
            if (!(answer instanceof Answer.Selection selection)) {
                return Optional.of("must be a list of option values");
            }
            if (selection.values().isEmpty()) {
                return Optional.of("chooses nothing; choose at least one option or leave the item out");
            }
            if (new HashSet<>(selection.values()).size() != selection.values().size()) {
                return Optional.of("names an option twice");
            }
            return selection.values().stream().filter(value -> !values.contains(value)).findFirst()
                    .map(value -> "'%s' is not an option; choose from %s".formatted(value, optionValues()));
        }
        if (!(answer instanceof Answer.Words words)) {
            return Optional.of("must be one option value");
        }
        return values.contains(words.text()) ? Optional.empty()
                : Optional.of("'%s' is not an option; choose from %s".formatted(words.text(), optionValues()));
    }

    private List<String> optionValues() {
        return options.stream().map(Option::value).toList();
    }

    @Override
    public Map<String, Translations> requiredTexts() {
        var texts = new LinkedHashMap<String, Translations>();
        texts.put("text", text);
        options.forEach(option -> texts.put("options." + option.value(), option.label()));
        return texts;
    }
}
