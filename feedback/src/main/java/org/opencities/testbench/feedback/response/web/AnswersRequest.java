package org.opencities.testbench.feedback.response.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.questionnaire.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Answers as a tester's app sends them, for a submission or a draft: the language answered in and
 * the answers by key — a whole number for scales ({@code "sus-3": 4}), text for free text and single
 * choices ({@code "colour": "red"}), a list of option values for multiple choices.
 */
record AnswersRequest(String language, Map<String, JsonNode> answers) {

    /** The answers read into their domain form, with what could not be read. */
    record Read(Map<String, Answer> answers, List<Violation> violations) {
    }

    Read read() {
        var read = new LinkedHashMap<String, Answer>();
        var violations = new ArrayList<Violation>();
        (answers == null ? Map.<String, JsonNode>of() : answers).forEach((key, node) -> {
            String field = "answers." + key;
            if (node == null || node.isNull()) {
                violations.add(new Violation(field, "is null; leave an unanswered item out"));
            } else if (node.isIntegralNumber() && node.canConvertToInt()) {
                read.put(key, new Answer.Whole(node.intValue()));
            } else if (node.isNumber()) {
                violations.add(new Violation(field, node + " is not a whole number in range"));
            } else if (node.isString()) {
                read.put(key, new Answer.Words(node.stringValue()));
            } else if (node.isArray() && node.valueStream().allMatch(JsonNode::isString)) {
                read.put(key, new Answer.Selection(node.valueStream().map(JsonNode::stringValue).toList()));
            } else {
                violations.add(new Violation(field, "must be a whole number, a text or a list of option values"));
            }
        });
        return new Read(read, violations);
    }
}
