package ro.participant;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The erasure of a person when their records are disposed of and nothing else names them: their record
 * (names, language, offender number, institution, contact details) is deleted, not masked.
 */
@ApplicationScoped
public class ParticipantErasure {

    @Inject
    ParticipantRepository participants;

    /** Deletes the person's record; true when there was one. The caller has made sure nothing names them any more. */
    @Transactional(TxType.MANDATORY)
    public boolean erase(UUID participantId) {
        return participants.getEntityManager().createNativeQuery("DELETE FROM participant WHERE id = :id")
                .setParameter("id", participantId).executeUpdate() == 1;
    }
}
