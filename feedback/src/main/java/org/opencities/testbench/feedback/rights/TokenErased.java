package org.opencities.testbench.feedback.rights;

import org.opencities.testbench.feedback.Gone;
import org.opencities.testbench.feedback.tester.TesterToken;

/** Thrown when a personal token is presented after its tester's data was erased (410). */
public class TokenErased extends Gone {

    public TokenErased() {
        super(TesterToken.HEADER, "The data of the tester with this token was erased; the token no longer admits anyone."
                + " Ask the living lab for a new invitation to take part again");
    }
}
