package org.opencities.testbench.feedback.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The standard instruments every pilot may use, with their published scoring rules. Each scores
 * a list of whole-number answers: the answers of one respondent to every item (SUS, UEQ-S), or one
 * answer per respondent to the single question (NPS, MOS).
 */
public enum Instrument {

    /** System Usability Scale (Brooke 1996): ten statements answered from 1 (disagree) to 5 (agree). */
    SUS("sus", "System Usability Scale", 10, 1, 5, Answers.ONE_PER_ITEM, 10),

    /**
     * User Experience Questionnaire, short version (Schrepp et al. 2017): eight bipolar items on seven
     * points, given here already mapped to -3..+3.
     */
    UEQ_S("ueq-s", "User Experience Questionnaire (short)", 8, -3, 3, Answers.ONE_PER_ITEM, 8),

    /** Net Promoter Score: how likely, from 0 to 10, a respondent is to recommend the service. */
    NPS("nps", "Net Promoter Score", 1, 0, 10, Answers.ONE_PER_RESPONDENT, 1),

    /**
     * Mean Opinion Score on the ITU-T P.800 absolute category rating scale, 5 excellent to 1 bad.
     * Needs two ratings at least, as the confidence interval needs a sample variance.
     */
    MOS("mos", "Mean Opinion Score", 1, 1, 5, Answers.ONE_PER_RESPONDENT, 2);

    /** What one entry of the list of answers is. */
    public enum Answers {
        /** The answers of one respondent, one per item in questionnaire order. */
        ONE_PER_ITEM,
        /** One answer to the single question from each respondent. */
        ONE_PER_RESPONDENT
    }

    private final String code;
    private final String title;
    private final int itemCount;
    private final int scaleMin;
    private final int scaleMax;
    private final Answers answers;
    private final int minimumAnswers;

    Instrument(String code, String title, int itemCount, int scaleMin, int scaleMax, Answers answers,
            int minimumAnswers) {
        this.code = code;
        this.title = title;
        this.itemCount = itemCount;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.answers = answers;
        this.minimumAnswers = minimumAnswers;
    }

    /** The instrument with the given code, in any letter case. */
    public static Optional<Instrument> byCode(String code) {
        String wanted = code.toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(instrument -> instrument.code.equals(wanted)).findFirst();
    }

    /** Lower-case code as used in URLs, e.g. {@code ueq-s}. */
    public String code() {
        return code;
    }

    /** The instrument's published English name. */
    public String title() {
        return title;
    }

    /** Number of items (questions) one respondent answers. */
    public int itemCount() {
        return itemCount;
    }

    public int scaleMin() {
        return scaleMin;
    }

    public int scaleMax() {
        return scaleMax;
    }

    public Answers answers() {
        return answers;
    }

    /**
     * Scores the answers by the instrument's published rule.
     *
     * @throws InvalidAnswers if there are too few or too many answers, or one is missing or off the scale
     */
    public Score score(List<Integer> answers) {
        check(answers);
        return switch (this) {
            case SUS -> SusScore.of(answers);
            case UEQ_S -> UeqsScore.of(answers);
            case NPS -> NpsScore.of(answers);
            case MOS -> MosScore.of(answers);
        };
    }

    private void check(List<Integer> given) {
        if (answers == Answers.ONE_PER_ITEM && given.size() != itemCount) {
            throw new InvalidAnswers(this, "%s has %d items; send exactly %d answers, one per item in questionnaire order (got %d)"
                    .formatted(name(), itemCount, itemCount, given.size()));
        }
        if (given.size() < minimumAnswers) {
            throw new InvalidAnswers(this, "%s needs at least %d answer%s, one per respondent (got %d)"
                    .formatted(name(), minimumAnswers, minimumAnswers == 1 ? "" : "s", given.size()));
        }
        String entry = answers == Answers.ONE_PER_ITEM ? "item" : "answer";
        for (int i = 0; i < given.size(); i++) {
            Integer answer = given.get(i);
            if (answer == null || answer < scaleMin || answer > scaleMax) {
                throw new InvalidAnswers(this, "%s %s %d is %s; the allowed range is %d to %d"
                        .formatted(name(), entry, i + 1, answer == null ? "missing" : "out of range (" + answer + ")",
                                scaleMin, scaleMax));
            }
        }
    }
}
