package ro.privacy.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.casefile.service.CaseDisposals;
import ro.privacy.model.DisposableKind;
import ro.referral.service.ReferralDisposals;

/** The features whose records the schedule disposes of, asked by record type. */
@ApplicationScoped
class DisposableRecords {

    @Inject
    CaseDisposals cases;
    @Inject
    ReferralDisposals referrals;

    boolean exists(DisposableKind type, UUID id) {
        return switch (type) {
            case CASE -> cases.exists(id);
            case REFERRAL -> referrals.exists(id);
        };
    }
}
