package org.opencities.testbench.feedback.response.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A rendered questionnaire laid out as the tester page's form: every question a field with a legend
 * (a fieldset for each scale), each scale point or option a labelled input, the answers so far ticked
 * or filled in, and an error by the field where it was refused. Conditional items carry their
 * condition for the page's script and a note that says when to answer them, for browsers without it.
 */
record QuestionnairePage(String title, String language, List<PageItem> items) {

    /** Page texts in the page's language: the message with this code and arguments. */
    @FunctionalInterface
    interface Texts {
        String text(String code, Object... arguments);
    }

    /** Whole-number ratings with at most this many points are radio buttons; wider ones a number field. */
    private static final int MOST_RADIO_POINTS = 11;

    /**
     * One item: a heading (an instrument block's question or nothing), help text, its fields, and the
     * condition under which it is asked ({@code showIfKey} with the space-separated {@code showIfValues}).
     */
    record PageItem(String key, String heading, String help, String showIfKey, String showIfValues, String conditionNote,
            List<PageField> fields) {
    }

    /**
     * One answer key's field. {@code kind} is {@code radio}, {@code checkbox}, {@code number} or
     * {@code textarea}; {@code hint} explains the ends of a scale.
     */
    record PageField(String key, String legend, String kind, List<PageOption> options, String value, Integer min,
            Integer max, Integer maxLength, String hint, boolean required, String error) {

        /** The ids of the texts that describe the field, for {@code aria-describedby}. */
        public String describedBy() {
            var ids = new ArrayList<String>();
            if (hint != null) {
                ids.add(key + "-hint");
            }
            if (error != null) {
                ids.add(key + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }

    /** A radio button or check box with its own id and label. */
    record PageOption(String id, String value, String label, boolean checked) {
    }

    static QuestionnairePage of(RenderedQuestionnaire questionnaire, Map<String, List<String>> filledIn,
            Map<String, String> errors, Texts texts) {
        var layout = new Layout(questionnaire.items(), filledIn, errors, texts);
        return new QuestionnairePage(questionnaire.title(), questionnaire.language(),
                questionnaire.items().stream().map(layout::item).toList());
    }

    private record Layout(List<RenderedItem> items, Map<String, List<String>> filledIn, Map<String, String> errors,
            Texts texts) {

        PageItem item(RenderedItem item) {
            var showIf = item.showIf();
            return new PageItem(item.key(), "instrument".equals(item.kind()) ? item.text() : null, item.help(),
                    showIf == null ? null : showIf.answerKey(),
                    showIf == null ? null : String.join(" ", sorted(showIf.values())),
                    showIf == null ? null : conditionNote(showIf.answerKey(), sorted(showIf.values())), fields(item));
        }

        private List<PageField> fields(RenderedItem item) {
            return switch (item.kind()) {
                case "likert" -> List.of(scale(item.key(), item.text(), item.required(), 1, item.max(),
                        texts.text("page.scale.likert", item.max()), Map.of()));
                case "rating" -> List.of(item.max() - item.min() < MOST_RADIO_POINTS
                        ? scale(item.key(), item.text(), item.required(), item.min(), item.max(),
                                texts.text("page.scale.rating", item.min(), item.max()), Map.of())
                        : field(item.key(), item.text(), "number", List.of(), item.min(), item.max(), null,
                                texts.text("page.scale.rating", item.min(), item.max()), item.required()));
                case "single-choice", "multiple-choice" -> {
                    String kind = "single-choice".equals(item.kind()) ? "radio" : "checkbox";
                    var chosen = filledIn.getOrDefault(item.key(), List.of());
                    var options = item.options().stream().map(option -> new PageOption(item.key() + "-" + option.value(),
                            option.value(), option.label(), chosen.contains(option.value()))).toList();
                    yield List.of(field(item.key(), item.text(), kind, options, null, null, null,
                            "checkbox".equals(kind) ? texts.text("page.hint.several") : null, item.required()));
                }
                case "free-text" -> List.of(field(item.key(), item.text(), "textarea", List.of(), null, null, item.maxLength(),
                        texts.text("page.hint.length", item.maxLength()), item.required()));
                default -> instrument(item);
            };
        }

        private List<PageField> instrument(RenderedItem block) {
            return block.questions().stream().map(question -> {
                if (question.left() != null) {
                    return scale(question.key(), question.left() + " – " + question.right(), block.required(), block.min(),
                            block.max(), texts.text("page.scale.ends", block.min(), question.left(), block.max(), question.right()),
                            Map.of());
                }
                if (block.labels() != null) {
                    return scale(question.key(), question.text(), block.required(), block.min(), block.max(), null,
                            block.labels());
                }
                return scale(question.key(), question.text(), block.required(), block.min(), block.max(),
                        texts.text("page.scale.ends", block.min(), block.minLabel(), block.max(), block.maxLabel()), Map.of());
            }).toList();
        }

        private PageField scale(String key, String legend, boolean required, int min, int max, String hint,
                Map<String, String> labels) {
            var chosen = filledIn.getOrDefault(key, List.of());
            var options = IntStream.rangeClosed(min, max).mapToObj(Integer::toString)
                    .map(value -> new PageOption(key + "-" + value, value,
                            labels.containsKey(value) ? value + " – " + labels.get(value) : value, chosen.contains(value)))
                    .toList();
            return field(key, legend, "radio", options, min, max, null, hint, required);
        }

        private PageField field(String key, String legend, String kind, List<PageOption> options, Integer min, Integer max,
                Integer maxLength, String hint, boolean required) {
            var values = filledIn.getOrDefault(key, List.of());
            return new PageField(key, legend, kind, options, values.isEmpty() ? null : values.get(0), min, max, maxLength,
                    hint, required, errors.get(key));
        }

        private static List<String> sorted(Collection<String> values) {
            return values.stream().sorted().toList();
        }

        /** "Only if you answered Yes to “Do you cycle?”", naming the options by their labels. */
        private String conditionNote(String answerKey, List<String> values) {
            for (RenderedItem item : items) {
                if (item.key().equals(answerKey) && item.options() != null) {
                    String labels = item.options().stream().filter(option -> values.contains(option.value()))
                            .map(RenderedItem.Choice::label).collect(Collectors.joining(" / "));
                    return texts.text("page.condition", labels, item.text());
                }
                if (item.questions() != null) {
                    var question = item.questions().stream().filter(q -> q.key().equals(answerKey)).findFirst();
                    if (question.isPresent()) {
                        return texts.text("page.condition", String.join(" / ", values),
                                Objects.requireNonNullElse(question.get().text(), question.get().left()));
                    }
                }
                if (item.key().equals(answerKey)) {
                    return texts.text("page.condition", String.join(" / ", values), item.text());
                }
            }
            return texts.text("page.condition", String.join(" / ", values), answerKey);
        }
    }
}
