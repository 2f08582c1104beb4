package org.opencities.testbench.registry.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.registry.account.Account;
import org.opencities.testbench.registry.account.AccountId;
import org.opencities.testbench.registry.account.Accounts;
import org.opencities.testbench.registry.account.EmailTaken;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {

    private static final RowMapper<Account> ROW = (rs, n) -> new Account(new AccountId(rs.getObject("id", UUID.class)),
            rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
            Locale.forLanguageTag(rs.getString("language")), new OrganisationId(rs.getString("organisation_id")),
            instant(rs, "created_at"), instant(rs, "confirmed_at"));

    private final JdbcClient jdbc;

    JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Account account) {
        if (findByEmail(account.email()).isPresent()) {
            throw new EmailTaken();
        }
        try {
            jdbc.sql("""
                    INSERT INTO registry.account (id, email, display_name, password_hash, language, organisation_id,
                        created_at, confirmed_at)
                    VALUES (:id, :email, :name, :hash, :language, :organisation, :createdAt, :confirmedAt)""")
                    .param("id", account.id().value())
                    .param("email", account.email())
                    .param("name", account.displayName())
                    .param("hash", account.passwordHash())
                    .param("language", account.language().toLanguageTag())
                    .param("organisation", account.organisation().value())
                    .param("createdAt", offset(account.createdAt()))
                    .param("confirmedAt", offset(account.confirmedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            // Two registrations with the same address at once: the unique constraint decides.
            throw new EmailTaken();
        }
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return jdbc.sql("SELECT * FROM registry.account WHERE id = :id").param("id", id.value()).query(ROW).optional();
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM registry.account WHERE email = :email")
                .param("email", Account.normaliseEmail(email))
                .query(ROW)
                .optional();
    }

    @Override
    public void confirm(AccountId id, Instant at) {
        jdbc.sql("UPDATE registry.account SET confirmed_at = :at WHERE id = :id AND confirmed_at IS NULL")
                .param("at", offset(at))
                .param("id", id.value())
                .update();
    }

    @Override
    public List<Account> page(OrganisationId organisation, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM registry.account WHERE organisation_id = :organisation
                ORDER BY email OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("organisation", organisation.value())
                .param("offset", offset)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    @Override
    public long count(OrganisationId organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.account WHERE organisation_id = :organisation")
                .param("organisation", organisation.value())
                .query(Long.class)
                .single();
    }

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
