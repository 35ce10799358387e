package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditChain.Content entry(long seq, String action) {
        return new AuditChain.Content(seq, Instant.parse("2026-11-24T10:15:30.123456789Z"), "sub", "coordinator1",
                "coordinator", action, "PARTICIPANT", "id-1", "req-1", null);
    }

    @Test
    void each_hash_covers_the_previous_hash_and_the_entry() {
        String first = AuditChain.hash(AuditChain.GENESIS, entry(1, "READ"));
        assertThat(first).hasSize(64).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, entry(1, "UPDATE")));
        assertThat(AuditChain.hash(first, entry(2, "READ"))).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, entry(2, "READ")));
    }

    @Test
    void an_edited_entry_no_longer_matches_its_hash() {
        String hash = AuditChain.hash(AuditChain.GENESIS, entry(1, "READ"));
        assertThat(AuditChain.intact(AuditChain.GENESIS, AuditChain.GENESIS, hash, entry(1, "READ"))).isTrue();
        assertThat(AuditChain.intact(AuditChain.GENESIS, AuditChain.GENESIS, hash, entry(1, "DELETE"))).isFalse();
    }

    @Test
    void an_entry_moved_after_another_predecessor_no_longer_matches() {
        String hash = AuditChain.hash(AuditChain.GENESIS, entry(1, "READ"));
        assertThat(AuditChain.intact("f".repeat(64), AuditChain.GENESIS, hash, entry(1, "READ"))).isFalse();
    }

    @Test
    void time_is_hashed_to_the_microsecond_as_postgresql_keeps_it() {
        AuditChain.Content nanos = entry(1, "READ");
        AuditChain.Content micros = new AuditChain.Content(1, Instant.parse("2026-11-24T10:15:30.123456Z"), "sub",
                "coordinator1", "coordinator", "READ", "PARTICIPANT", "id-1", "req-1", null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, nanos)).isEqualTo(AuditChain.hash(AuditChain.GENESIS, micros));
    }
}
