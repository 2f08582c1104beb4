package org.opencities.testbench.feedback.rights.web;

import java.util.List;

import org.opencities.testbench.feedback.rights.ErasedTokens;
import org.opencities.testbench.feedback.rights.TokenErased;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.opencities.testbench.feedback.tester.Testers;
import org.opencities.testbench.feedback.tester.UnknownTester;
import org.springframework.stereotype.Component;

/**
 * Whom a tester's personal token names: its enrolments in any state, or why none — an unknown
 * token, or one whose tester erased their data (410 from then on).
 */
@Component
public class TokenEnrolments {

    private final Testers testers;
    private final ErasedTokens erasedTokens;

    TokenEnrolments(Testers testers, ErasedTokens erasedTokens) {
        this.testers = testers;
        this.erasedTokens = erasedTokens;
    }

    /**
     * @throws UnknownTester when the token is missing or names nobody
     * @throws TokenErased when the token's tester erased their data
     */
    public List<Tester> of(String token) {
        if (token == null || token.isBlank()) {
            throw new UnknownTester();
        }
        String tokenSha256 = TesterToken.sha256(token);
        var enrolments = testers.byTokenSha256(tokenSha256);
        if (enrolments.isEmpty()) {
            throw erasedTokens.erased(tokenSha256) ? new TokenErased() : new UnknownTester();
        }
        return enrolments;
    }
}
