package org.opencities.testbench.registry.account.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.opencities.testbench.registry.RegistryProperties;
import org.opencities.testbench.registry.account.Account;
import org.opencities.testbench.registry.account.AccountId;
import org.opencities.testbench.registry.account.Accounts;
import org.opencities.testbench.registry.account.ConfirmationRefused;
import org.opencities.testbench.registry.account.ConfirmationToken;
import org.opencities.testbench.registry.account.ConfirmationTokens;
import org.opencities.testbench.registry.account.EmailTaken;
import org.opencities.testbench.registry.account.InvalidRegistration;
import org.opencities.testbench.registry.account.Mail;
import org.opencities.testbench.registry.account.MailSender;
import org.opencities.testbench.registry.account.OrganisationSlugs;
import org.opencities.testbench.registry.account.Registration;
import org.opencities.testbench.registry.account.Tokens;
import org.opencities.testbench.registry.account.UnknownConfirmation;
import org.opencities.testbench.registry.organisation.InvalidVatId;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.organisation.VatIds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an organisation with its first, unconfirmed SME account and mails the confirmation
 * link; confirms accounts by the token in that link. Organisation, account, token and (for the
 * outbox sender) the mail commit together; a mail server that refuses the mail rolls it all back.
 */
@Service
public class Registrations {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_SLUG_TRIES = 50;

    private final Organisations organisations;
    private final Accounts accounts;
    private final ConfirmationTokens tokens;
    private final MailSender mail;
    private final MessageSource messages;
    private final Duration expiry;
    private final Clock clock;

    public Registrations(Organisations organisations, Accounts accounts, ConfirmationTokens tokens, MailSender mail,
            MessageSource messages, RegistryProperties properties) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.messages = messages;
        this.expiry = properties.accounts().confirmationExpiry();
        this.clock = Clock.systemUTC();
    }

    /** What a registration created. */
    public record Registered(OrganisationId organisation, AccountId account, String email) {
    }

    /**
     * Registers the organisation and its first account, and sends the confirmation mail.
     *
     * @param confirmationPage the absolute URL of the confirmation page; the token is appended as {@code ?token=}
     * @throws InvalidRegistration naming the field whose value breaks a rule
     * @throws EmailTaken if the address has an account already
     */
    @Transactional
    public Registered register(Registration registration, String confirmationPage) {
        if (!COUNTRIES.contains(registration.country())) {
            throw new InvalidRegistration("organisation.country", "'" + registration.country()
                    + "' is not an ISO 3166-1 alpha-2 country code; use e.g. FI, DE or ES");
        }
        String vatId;
        try {
            vatId = VatIds.check(registration.country(), registration.vatId());
        } catch (InvalidVatId e) {
            throw new InvalidRegistration("organisation.vatId", e.getMessage());
        }
        if (registration.password().getBytes(StandardCharsets.UTF_8).length > Registration.MAX_PASSWORD_BYTES) {
            throw new InvalidRegistration("user.password", "The password has more than "
                    + Registration.MAX_PASSWORD_BYTES + " bytes in UTF-8; use fewer or simpler characters");
        }
        if (accounts.findByEmail(registration.email()).isPresent()) {
            throw new EmailTaken();
        }
        var organisation = addOrganisation(registration, vatId);
        var now = clock.instant();
        var account = Account.unconfirmed(registration.email(), registration.displayName(),
                Passwords.ENCODER.encode(registration.password()), registration.language(), organisation, now);
        accounts.add(account);
        String token = Tokens.random();
        tokens.add(new ConfirmationToken(Tokens.hash(token), account.id(), now.plus(expiry), null));
        mail.send(confirmationMail(account, confirmationPage + "?token=" + token));
        return new Registered(organisation, account.id(), account.email());
    }

    /**
     * Mails a new confirmation link to the account with this address if it is not confirmed yet;
     * does nothing otherwise, so that the answer tells nobody whether an address is registered.
     * Links mailed earlier stay valid until they expire.
     */
    @Transactional
    public void resend(String email, String confirmationPage) {
        accounts.findByEmail(email).filter(account -> !account.confirmed()).ifPresent(account -> {
            String token = Tokens.random();
            tokens.add(new ConfirmationToken(Tokens.hash(token), account.id(), clock.instant().plus(expiry), null));
            mail.send(confirmationMail(account, confirmationPage + "?token=" + token));
        });
    }

    /**
     * Confirms the account the token was issued for.
     *
     * @throws UnknownConfirmation if no such token was issued
     * @throws ConfirmationRefused if it was used already or has expired
     */
    @Transactional
    public Account confirm(String token) {
        var stored = check(token);
        var now = clock.instant();
        if (!tokens.use(stored.hash(), now)) {
            throw ConfirmationRefused.alreadyUsed();
        }
        accounts.confirm(stored.account(), now);
        return accounts.find(stored.account()).orElseThrow();
    }

    /**
     * The token's account if the token could confirm it now, without using the token; for the page
     * that asks the visitor to confirm.
     */
    @Transactional(readOnly = true)
    public Account checkUsable(String token) {
        return accounts.find(check(token).account()).orElseThrow(UnknownConfirmation::new);
    }

    private ConfirmationToken check(String token) {
        if (token == null || token.isBlank()) {
            throw new UnknownConfirmation();
        }
        var stored = tokens.findByHash(Tokens.hash(token.trim())).orElseThrow(UnknownConfirmation::new);
        stored.requireUsableAt(clock.instant());
        return stored;
    }

    private OrganisationId addOrganisation(Registration registration, String vatId) {
        String slug = OrganisationSlugs.of(registration.organisationName());
        for (int n = 1; n <= MAX_SLUG_TRIES; n++) {
            var id = new OrganisationId(n == 1 ? slug : OrganisationSlugs.alternative(slug, n));
            if (organisations.addIfAbsent(new Organisation(id, registration.organisationName(), registration.country(),
                    vatId, registration.contactEmail(), 0))) {
                return id;
            }
        }
        throw new InvalidRegistration("organisation.name", "So many organisations have a name like '"
                + registration.organisationName() + "' that no id is left for it; add a word to the name");
    }

    private Mail confirmationMail(Account account, String link) {
        Locale language = account.language();
        String subject = messages.getMessage("accounts.mail.subject", null, language);
        String body = messages.getMessage("accounts.mail.body",
                new Object[] {account.displayName(), link, expiry.toHours()}, language);
        return new Mail(account.email(), subject, body, language);
    }
}
