package org.opencities.testbench.feedback.questionnaire;

import java.util.List;
import java.util.Set;

/** One answer as a tester gives it: a whole number, some words, or a selection of option values. */
public sealed interface Answer {

    /** Whether the answer equals, or for a selection contains, one of the values (compared as text). */
    boolean matchesAny(Set<String> values);

    /** A number on a scale (Likert, rating, instrument items). */
    record Whole(int value) implements Answer {
        @Override
        public boolean matchesAny(Set<String> values) {
            return values.contains(Integer.toString(value));
        }
    }

    /** Free text, or the value of the one option chosen. */
    record Words(String text) implements Answer {
        public Words {
            if (text == null) {
                throw new IllegalArgumentException("text must not be null");
            }
        }

        @Override
        public boolean matchesAny(Set<String> values) {
            return values.contains(text);
        }
    }

    /** The values of the options chosen in a multiple choice. */
    record Selection(List<String> values) implements Answer {
        public Selection {
            values = List.copyOf(values);
        }

        @Override
        public boolean matchesAny(Set<String> wanted) {
            return values.stream().anyMatch(wanted::contains);
        }
    }
}
