package ro.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A database out of reach is a 503 with Retry-After, not a 500; a request's own fault stays what it was. */
class DatabaseOutageTest {

    private final ProblemMappers mappers = new ProblemMappers(null, null, null);

    @Test
    void a_refused_connection_deep_in_the_causes_is_a_503_problem_with_retry_after() {
        var refused = new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"));
        var failure = new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection", refused));

        var response = mappers.unexpected(failure);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString(ProblemMappers.PROBLEM_JSON);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        var problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("/problems/service-unavailable");
        assertThat(problem.detail()).contains("database cannot be reached");
    }

    @Test
    void a_server_shutting_down_or_starting_and_a_pool_without_a_connection_in_time_are_outages() {
        assertThat(DatabaseOutage.causes(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.causes(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("An I/O error occurred while sending to the backend.", "08006"))).isTrue();
    }

    @Test
    void a_commit_cut_off_by_the_server_shutting_down_is_an_outage_though_the_driver_error_is_only_suppressed() {
        // What Narayana throws when the one-phase commit fails: the driver's error hangs off a suppressed XAException.
        var commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        var rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commit);

        assertThat(DatabaseOutage.causes(new RuntimeException("Error invoking subclass method", rolledBack))).isTrue();
        assertThat(mappers.unexpected(new RuntimeException(rolledBack)).getStatus()).isEqualTo(503);

        var otherwise = new RollbackException("ARJUNA016053: Could not commit transaction.");
        otherwise.addSuppressed(new XAException("a resource's own fault"));
        assertThat(DatabaseOutage.causes(otherwise)).as("a rollback for another reason stays a 500").isFalse();
    }

    @Test
    void a_broken_constraint_or_a_bug_is_not_an_outage_and_stays_a_500() {
        var duplicate = new ConstraintViolationException("duplicate key", new SQLException("duplicate key value", "23505"), "uk");
        assertThat(DatabaseOutage.causes(duplicate)).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();

        var response = mappers.unexpected(new IllegalStateException("a bug"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }
}
