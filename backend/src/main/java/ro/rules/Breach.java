package ro.rules;

/**
 * A rule of the program that a request breaks: the field at fault, the rule's name, and a message key
 * (with its arguments, never personal information in clear).
 */
public record Breach(String field, String rule, String messageKey, Object... args) {
}
