package org.opencities.testbench.feedback.response.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opencities.testbench.feedback.questionnaire.Answer;

/**
 * Answers as table rows, the same for responses and drafts: one row per answer, one per chosen
 * option of a multiple choice; free text is kept as the text it is.
 */
final class AnswerRows {

    /** One row: the answer key, the position within a selection, and the value in its column. */
    record Row(String key, int position, String kind, Integer whole, String text) {

        static Row of(ResultSet rs) throws SQLException {
            int whole = rs.getInt("whole_value");
            return new Row(rs.getString("answer_key"), rs.getInt("position"), rs.getString("kind"),
                    rs.wasNull() ? null : whole, rs.getString("text_value"));
        }
    }

    private AnswerRows() {
    }

    static List<Row> rows(Map<String, Answer> answers) {
        var rows = new ArrayList<Row>();
        new TreeMap<>(answers).forEach((key, answer) -> {
            if (answer instanceof Answer.Whole whole) {
                rows.add(new Row(key, 0, "whole", whole.value(), null));
            } else if (answer instanceof Answer.Words words) {
                rows.add(new Row(key, 0, "words", null, words.text()));
            } else {
                var values = ((Answer.Selection) answer).values();
                for (int i = 0; i < values.size(); i++) {
                    rows.add(new Row(key, i, "selection", null, values.get(i)));
                }
            }
        });
        return rows;
    }

    /** The answers of rows ordered by key and position. */
    static Map<String, Answer> answers(List<Row> rows) {
        var answers = new LinkedHashMap<String, Answer>();
        var selections = new LinkedHashMap<String, List<String>>();
        for (Row row : rows) {
            switch (row.kind()) {
                case "whole" -> answers.put(row.key(), new Answer.Whole(row.whole()));
                case "words" -> answers.put(row.key(), new Answer.Words(row.text()));
                default -> selections.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.text());
            }
        }
        selections.forEach((key, values) -> answers.put(key, new Answer.Selection(values)));
        return answers;
    }
}
