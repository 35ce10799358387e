package ro.casefile.service;

/** What other features may ask of the mediator roster, without naming its table: who is on it and active now. */
public interface ActiveRoster {

    /** Whether this user name is a mediator of the roster, active now. */
    boolean isActive(String username);
}
