package ro.participant;

public enum ContactMethod {
    PHONE, EMAIL, MAIL
}
