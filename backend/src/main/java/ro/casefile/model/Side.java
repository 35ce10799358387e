package ro.casefile.model;

public enum Side {
    HARMED, OFFENDER
}
