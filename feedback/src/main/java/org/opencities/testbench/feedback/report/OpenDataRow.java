package org.opencities.testbench.feedback.report;

/**
 * One cell of the open-data export: a measure for the responses with one value of a dimension
 * ({@code all} has the empty value). Suppressed cells carry no figures. The NPS row also has its
 * group counts; score rows have the mean and its 95% interval.
 */
public record OpenDataRow(String dimension, String value, String measure, Integer n, Double mean, Double lower,
        Double upper, Integer promoters, Integer passives, Integer detractors, boolean suppressed) {

    static OpenDataRow of(String dimension, String value, String measure, Measure figures) {
        return new OpenDataRow(dimension, value, measure, figures.n(), figures.mean(), figures.lower(), figures.upper(),
                null, null, null, figures.tooFewAnswers());
    }

    static OpenDataRow of(String dimension, String value, NpsGroups nps) {
        return new OpenDataRow(dimension, value, "nps", nps.n(), nps.score(), null, null, nps.promoters(), nps.passives(),
                nps.detractors(), nps.tooFewAnswers());
    }
}
