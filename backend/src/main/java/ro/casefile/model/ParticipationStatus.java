package ro.casefile.model;

public enum ParticipationStatus {
    ACTIVE, WITHDRAWN
}
