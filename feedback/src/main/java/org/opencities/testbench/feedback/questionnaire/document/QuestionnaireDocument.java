package org.opencities.testbench.feedback.questionnaire.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.questionnaire.Item;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Translations;

/**
 * The content of a questionnaire version as JSON has it: what an author sends, and what is stored
 * as the version's definition.
 *
 * @param languages the target languages; English is always one of them
 */
public record QuestionnaireDocument(Map<String, String> title, List<String> languages, List<ItemDocument> items) {

    /** The content of a domain version. */
    public static QuestionnaireDocument of(Questionnaire questionnaire) {
        return new QuestionnaireDocument(questionnaire.title().texts(), questionnaire.languages(),
                questionnaire.items().stream().map(ItemDocument::of).toList());
    }

    /**
     * The domain version with this content.
     *
     * @throws InvalidRequest listing every field that does not make a questionnaire
     */
    public Questionnaire toQuestionnaire(QuestionnaireId id, int version, Instant publishedAt) {
        var violations = new ArrayList<Violation>();
        Translations titles = null;
        try {
            titles = Translations.of(title == null ? Map.of() : title);
            if (title == null || title.isEmpty()) {
                violations.add(new Violation("title", "is required, at least in en"));
            }
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("title", e.getMessage()));
        }
        if (languages == null) {
            violations.add(new Violation("languages", "is required and must include en"));
        }
        var domainItems = new ArrayList<Item>();
        if (items == null) {
            violations.add(new Violation("items", "is required"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                try {
                    if (items.get(i) == null) {
                        throw new IllegalArgumentException("must not be null");
                    }
                    domainItems.add(items.get(i).toItem());
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation("items[" + i + "]", e.getMessage()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        try {
            return new Questionnaire(id, version, titles, languages, domainItems, publishedAt);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains("language") ? "languages" : "items";
            throw new InvalidRequest(field, e.getMessage());
        }
    }
}
