package ro.reference.model;

import ro.rules.Refusal;

/** A region is deactivated only once none of its institutions is active: forms would offer an institution of no region. */
public final class RegionPolicy {

    private RegionPolicy() {
    }

    public static void mayDeactivate(long activeInstitutions) {
        if (activeInstitutions > 0) {
            throw new Refusal("reference.region.has-active-institutions", activeInstitutions);
        }
    }
}
