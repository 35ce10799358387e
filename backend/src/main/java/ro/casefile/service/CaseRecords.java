package ro.casefile.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.casefile.model.CaseNote;
import ro.casefile.model.SafetyAssessment;

/** What other features may ask of a case's safety assessments and notes: whether one exists, nothing of what it holds. */
@ApplicationScoped
public class CaseRecords {

    @Inject
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public boolean safetyAssessmentExists(UUID id) {
        return em.find(SafetyAssessment.class, id) != null;
    }

    @Transactional(TxType.MANDATORY)
    public boolean caseNoteExists(UUID id) {
        return em.find(CaseNote.class, id) != null;
    }
}
