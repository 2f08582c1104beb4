package org.opencities.testbench.feedback.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a questionnaire: a question the tester answers, or a standard instrument block
 * that asks several. Each knows the answer keys it expects and whether a given answer fits.
 */
public sealed interface Item permits LikertItem, RatingItem, ChoiceItem, FreeTextItem, InstrumentBlock {

    ItemRules rules();

    default String key() {
        return rules().key();
    }

    /** The keys under which this item's answers are given: its own key, or one per instrument item. */
    default List<String> answerKeys() {
        return List.of(key());
    }

    /** Why the answer does not fit this item, or empty when it does. */
    Optional<String> misfit(Answer answer);

    /**
     * The texts that need a translation in every target language before publishing, by the field
     * that holds them (e.g. {@code text}, {@code options.yes}).
     */
    Map<String, Translations> requiredTexts();
}
