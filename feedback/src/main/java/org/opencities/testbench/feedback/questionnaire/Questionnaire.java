package org.opencities.testbench.feedback.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opencities.testbench.feedback.Violation;

/**
 * One version of a questionnaire: a title and ordered items, written for a set of target languages.
 * A draft can be revised; publishing checks that every text is translated into every target language
 * and freezes the version for good. Editing a published questionnaire means starting its next version.
 *
 * @param languages the target languages; English is always one of them
 * @param publishedAt when it was published, {@code null} while a draft
 */
public record Questionnaire(QuestionnaireId id, int version, Translations title, List<String> languages,
        List<Item> items, Instant publishedAt) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        languages = List.copyOf(new LinkedHashSet<>(languages));
        items = List.copyOf(items);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        if (!languages.contains(Languages.ENGLISH)) {
            throw new IllegalArgumentException("the target languages must include en");
        }
        languages.stream().filter(language -> !Languages.supported(language)).findFirst().ifPresent(language -> {
            throw new IllegalArgumentException(Languages.refusal(language));
        });
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a questionnaire needs at least one item");
        }
        checkKeysAndConditions(items);
    }

    /** Version 1 of a new questionnaire, as a draft. */
    public static Questionnaire draft(QuestionnaireId id, Translations title, List<String> languages, List<Item> items) {
        return new Questionnaire(id, 1, title, languages, items, null);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The draft with new content. */
    public Questionnaire revise(Translations newTitle, List<String> newLanguages, List<Item> newItems) {
        if (published()) {
            throw new VersionPublished(id, version);
        }
        return new Questionnaire(id, version, newTitle, newLanguages, newItems, null);
    }

    /** This version frozen, once every text has every target language. */
    public Questionnaire publish(Instant now) {
        if (published()) {
            throw new VersionPublished(id, version);
        }
        var missing = missingTranslations();
        if (!missing.isEmpty()) {
            throw new MissingTranslations(missing);
        }
        return new Questionnaire(id, version, title, languages, items, now);
    }

    /** The next version as a draft with this version's content, to be edited. */
    public Questionnaire nextDraft() {
        if (!published()) {
            throw new DraftPending(id, version);
        }
        return new Questionnaire(id, version + 1, title, languages, items, null);
    }

    /** Every required text lacking a target language, one violation per text and language. */
    public List<Violation> missingTranslations() {
        var missing = new ArrayList<Violation>();
        title.missingIn(languages).forEach(language -> missing.add(untranslated("title", language)));
        for (Item item : items) {
            item.requiredTexts().forEach((field, texts) -> texts.missingIn(languages).forEach(language ->
                    missing.add(untranslated("items." + item.key() + "." + field, language))));
        }
        return missing;
    }

    private static Violation untranslated(String field, String language) {
        return new Violation(field, "no translation in '" + language + "'");
    }

    /**
     * What is wrong with a complete answer set: answers to items not in this version, answers that
     * do not fit their item, answers to items their condition hides, required items left unanswered
     * (items hidden by their condition are not required), and instrument blocks answered in part.
     * An item whose condition rests on a refused answer is left alone until that answer is put right.
     */
    public List<Violation> checkSubmission(Map<String, Answer> answers) {
        return AnswerChecks.check(this, answers, true);
    }

    /** What is wrong with a partial answer set: only unknown keys and answers that do not fit. */
    public List<Violation> checkDraft(Map<String, Answer> answers) {
        return AnswerChecks.check(this, answers, false);
    }

    /** The respondent's scores of every instrument block answered in full. */
    public Map<String, Double> scores(Map<String, Answer> answers) {
        var scores = new LinkedHashMap<String, Double>();
        items.stream().filter(InstrumentBlock.class::isInstance).map(InstrumentBlock.class::cast)
                .forEach(block -> scores.putAll(block.score(answers)));
        return scores;
    }

    private static void checkKeysAndConditions(List<Item> items) {
        var earlierAnswers = new HashSet<String>();
        var itemKeys = new HashSet<String>();
        for (Item item : items) {
            if (!itemKeys.add(item.key())) {
                throw new IllegalArgumentException("item key '" + item.key() + "' is used twice");
            }
            item.rules().condition().ifPresent(condition -> {
                if (!earlierAnswers.contains(condition.answerKey())) {
                    throw new IllegalArgumentException("item '%s' is shown if '%s' has some answer, but no earlier item has that answer key"
                            .formatted(item.key(), condition.answerKey()));
                }
            });
            for (String key : item.answerKeys()) {
                if (!earlierAnswers.add(key)) {
                    throw new IllegalArgumentException("answer key '" + key + "' is used twice");
                }
            }
        }
    }
}
