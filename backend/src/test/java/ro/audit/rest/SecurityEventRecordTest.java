package ro.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which record a refused route names, kept without anything a caller typed that is not an id. */
class SecurityEventRecordTest {

    private static final String CASE = UUID.randomUUID().toString();
    private static final String FILE = UUID.randomUUID().toString();

    @Test
    void the_last_id_of_the_route_names_the_record() {
        var ref = SecurityEvents.recordOf("/api/cases/{caseId}/messages/{id}/files/{fileId}",
                Map.of("caseId", CASE, "id", UUID.randomUUID().toString(), "fileId", FILE));
        assertThat(ref).isEqualTo(new SecurityEvents.RecordRef("FILE", "fileId", FILE));
        assertThat(SecurityEvents.recordOf("/api/cases/{id}/safety-assessments", Map.of("id", CASE)))
                .isEqualTo(new SecurityEvents.RecordRef("CASE", "id", CASE));
    }

    @Test
    void a_value_that_is_not_an_id_is_not_kept() {
        assertThat(SecurityEvents.recordOf("/api/participants/{id}", Map.of("id", "Jane Doe")))
                .isEqualTo(new SecurityEvents.RecordRef("PARTICIPANT", "id", null));
        assertThat(SecurityEvents.recordOf("/api/cases/{caseId}/messages/{id}/uploads/{role}",
                Map.of("caseId", CASE, "id", "x", "role", "original")).id()).isEqualTo(CASE);
    }

    @Test
    void a_collection_route_names_its_kind_and_no_record() {
        assertThat(SecurityEvents.recordOf("/api/participants", Map.of()))
                .isEqualTo(new SecurityEvents.RecordRef("PARTICIPANT", null, null));
    }
}
