package org.opencities.testbench.feedback.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.opencities.testbench.feedback.instrument.Instrument;
import org.opencities.testbench.feedback.instrument.SusScore;
import org.opencities.testbench.feedback.instrument.UeqsScore;

/**
 * A standard instrument asked as a whole and scored on the server. Its texts ship with the module in
 * every supported language, so it never lacks a translation. SUS and UEQ-S are answered per item
 * ({@code sus-1} … {@code sus-10}); NPS and MOS are one question answered under the block's key.
 */
public record InstrumentBlock(ItemRules rules, Instrument instrument) implements Item {

    public InstrumentBlock {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(instrument, "instrument");
    }

    @Override
    public List<String> answerKeys() {
        if (instrument.answers() == Instrument.Answers.ONE_PER_RESPONDENT) {
            return List.of(key());
        }
        return IntStream.rangeClosed(1, instrument.itemCount()).mapToObj(n -> key() + "-" + n).toList();
    }

    @Override
    public Optional<String> misfit(Answer answer) {
        return Scale.misfit(answer, instrument.scaleMin(), instrument.scaleMax());
    }

    @Override
    public Map<String, Translations> requiredTexts() {
        return Map.of();
    }

    /**
     * This respondent's scores, keyed by the block's key ({@code sus}, {@code nps}, {@code mos}) or,
     * for UEQ-S, by key and scale ({@code ueq-s.pragmatic}, {@code ueq-s.hedonic}, {@code ueq-s.overall});
     * empty when the block was not answered in full.
     */
    public Map<String, Double> score(Map<String, Answer> answers) {
        var values = new ArrayList<Integer>();
        for (String answerKey : answerKeys()) {
            if (!(answers.get(answerKey) instanceof Answer.Whole whole)) {
                return Map.of();
            }
            values.add(whole.value());
        }
        var scores = new LinkedHashMap<String, Double>();
        if (instrument.answers() == Instrument.Answers.ONE_PER_RESPONDENT) {
            // One respondent's NPS or MOS is the answer itself; the group scores come from many answers.
            scores.put(key(), values.get(0).doubleValue());
            return scores;
        }
        var score = instrument.score(values);
        if (score instanceof UeqsScore ueqs) {
            scores.put(key() + ".pragmatic", ueqs.pragmatic().mean());
            scores.put(key() + ".hedonic", ueqs.hedonic().mean());
            scores.put(key() + ".overall", ueqs.overall().mean());
        } else if (score instanceof SusScore sus) {
            scores.put(key(), sus.score());
        }
        return scores;
    }
}
