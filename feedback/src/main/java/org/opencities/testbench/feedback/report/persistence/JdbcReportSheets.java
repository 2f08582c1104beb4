package org.opencities.testbench.feedback.report.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.ChoiceItem;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.report.ReportSheet;
import org.opencities.testbench.feedback.response.ResponseStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps a report sheet beside every response: written when the response is stored, in the same
 * transaction and from the answers in hand (a synchronous listener of {@link ResponseStored}, so a
 * submission that rolls back leaves no sheet and a sheet never misses its response), and filled at
 * start-up, from the stored rows, for responses stored before sheets existed. A sheet holds numbers, chosen options and the words of single choices; free
 * text is never copied, so erasure and free-text retention, which delete only free text from the
 * answers, leave sheets as they are.
 */
@Repository
class JdbcReportSheets {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(JdbcReportSheets.class);

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    /** Published questionnaire versions never change, so their single-choice keys can be kept. */
    private final Map<String, Set<String>> singleChoiceKeys = new ConcurrentHashMap<>();

    JdbcReportSheets(JdbcClient jdbc, Questionnaires questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    /** The sheet of a response just stored, from its answers in hand, in the transaction that stores it. */
    @EventListener
    void on(ResponseStored stored) {
        var response = stored.response();
        insert(Map.of(response.id().value(), ReportSheet.of(
                countable(response.answers(), singleChoiceKeys(response.questionnaireId(), response.version())), response.scores())));
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillAtStartUp() {
        int filled = fillMissing();
        if (filled > 0) {
            log.info("Wrote the report sheets of {} responses stored before report sheets existed", filled);
        }
    }

    /**
     * Writes the sheets of all responses that have none, a batch at a time; another replica doing the
     * same at once is harmless.
     *
     * @return how many sheets it wrote
     */
    int fillMissing() {
        int filled = 0;
        List<UUID> missing = List.of();
        do {
            // Onwards from the last batch in the database's order of ids, so that no batch scans the rows already done.
            String after = missing.isEmpty() ? "" : "r.id > :after AND ";
            var batch = jdbc.sql("""
                    SELECT r.id FROM feedback.response r
                    WHERE %s NOT EXISTS (SELECT 1 FROM feedback.report_sheet s WHERE s.response_id = r.id)
                    ORDER BY r.id FETCH FIRST %d ROWS ONLY""".formatted(after, BATCH));
            if (!missing.isEmpty()) {
                batch = batch.param("after", missing.get(missing.size() - 1));
            }
            missing = batch.query(UUID.class).list();
            filled += write(missing);
        } while (missing.size() == BATCH);
        return filled;
    }

    /**
     * Writes the sheets of responses given in the database's order of ids. Their rows are read by key
     * range (from the first id to the last), which every database answers from the primary key; an
     * {@code IN} list of ids is not (H2 scans the table).
     */
    private int write(List<UUID> responseIds) {
        if (responseIds.isEmpty()) {
            return 0;
        }
        var range = Map.<String, Object>of("first", responseIds.get(0), "last", responseIds.get(responseIds.size() - 1));
        var answers = storedAnswers(range);
        var scores = new HashMap<UUID, Map<String, Double>>();
        jdbc.sql("SELECT response_id, score_key, score FROM feedback.response_score WHERE response_id BETWEEN :first AND :last")
                .params(range)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getObject("response_id", UUID.class), id -> new HashMap<>())
                            .put(rs.getString("score_key"), rs.getDouble("score"));
                });
        var sheets = new LinkedHashMap<UUID, ReportSheet>();
        for (UUID id : responseIds) {
            var stored = answers.get(id);
            sheets.put(id, ReportSheet.of(stored == null ? Map.of() : countable(stored.answers(), stored.singleChoiceKeys()),
                    scores.getOrDefault(id, Map.of())));
        }
        return insert(sheets);
    }

    /** One statement for all the sheets: one commit, where a row at a time would commit each. */
    private int insert(Map<UUID, ReportSheet> sheets) {
        var rows = new StringJoiner(", ");
        var params = new HashMap<String, Object>();
        int i = 0;
        for (var sheet : sheets.entrySet()) {
            rows.add("(:id%1$d, :answers%1$d, :scores%1$d)".formatted(i));
            params.put("id" + i, sheet.getKey());
            params.put("answers" + i, sheet.getValue().answers());
            params.put("scores" + i, sheet.getValue().scores());
            i++;
        }
        return jdbc.sql("INSERT INTO feedback.report_sheet (response_id, answers, scores) VALUES " + rows + " ON CONFLICT DO NOTHING")
                .params(params).update();
    }

    /** A stored response's answers, with the single-choice keys of its questionnaire version. */
    private record StoredAnswers(Map<String, Answer> answers, Set<String> singleChoiceKeys) {
    }

    /** Each response's answers as stored, rebuilt from their rows in the order of their keys and positions. */
    private Map<UUID, StoredAnswers> storedAnswers(Map<String, Object> range) {
        var answers = new HashMap<UUID, StoredAnswers>();
        jdbc.sql("SELECT id, questionnaire_id, version FROM feedback.response WHERE id BETWEEN :first AND :last")
                .params(range)
                .query(rs -> {
                    answers.put(rs.getObject("id", UUID.class), new StoredAnswers(new LinkedHashMap<>(), singleChoiceKeys(
                            new QuestionnaireId(rs.getObject("questionnaire_id", UUID.class)), rs.getInt("version"))));
                });
        var selections = new HashMap<UUID, Map<String, List<String>>>();
        jdbc.sql("""
                SELECT response_id, answer_key, kind, whole_value, text_value FROM feedback.response_answer
                WHERE response_id BETWEEN :first AND :last ORDER BY response_id, answer_key, position""")
                .params(range)
                .query(rs -> {
                    var id = rs.getObject("response_id", UUID.class);
                    String key = rs.getString("answer_key");
                    var stored = answers.get(id).answers();
                    switch (rs.getString("kind")) {
                        case "whole" -> stored.put(key, new Answer.Whole(rs.getInt("whole_value")));
                        case "selection" -> selections.computeIfAbsent(id, i -> new LinkedHashMap<>())
                                .computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString("text_value"));
                        default -> stored.put(key, new Answer.Words(rs.getString("text_value")));
                    }
                });
        selections.forEach((id, chosen) -> chosen.forEach((key, values) -> answers.get(id).answers().put(key, new Answer.Selection(values))));
        return answers;
    }

    /**
     * The answers a report counts, by key: numbers, chosen options, and the words of single choices.
     * Other words are free text, which never leaves the answers.
     */
    private static Map<String, List<String>> countable(Map<String, Answer> answers, Set<String> singleChoiceKeys) {
        var countable = new LinkedHashMap<String, List<String>>();
        answers.forEach((key, answer) -> {
            if (answer instanceof Answer.Whole whole) {
                countable.put(key, List.of(Integer.toString(whole.value())));
            } else if (answer instanceof Answer.Selection selection) {
                countable.put(key, selection.values());
            } else if (singleChoiceKeys.contains(key)) {
                countable.put(key, List.of(((Answer.Words) answer).text()));
            }
        });
        return countable;
    }

    private Set<String> singleChoiceKeys(QuestionnaireId questionnaire, int version) {
        return singleChoiceKeys.computeIfAbsent(questionnaire + "/" + version, v -> questionnaires.find(questionnaire, version)
                .map(found -> found.items().stream()
                        .filter(item -> item instanceof ChoiceItem choice && !choice.multiple())
                        .map(item -> item.key()).collect(Collectors.toUnmodifiableSet()))
                .orElseThrow(() -> new IllegalStateException("a response refers to questionnaire %s version %d, which is not stored"
                        .formatted(questionnaire, version))));
    }
}
