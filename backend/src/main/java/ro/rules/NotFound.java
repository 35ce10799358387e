package ro.rules;

/**
 * The record asked for does not exist, or the caller may not know that it does (a mediator asking
 * for a case they are not on): the API answers both the same way (404). The key names the record's kind.
 */
public class NotFound extends RuntimeException {

    private final String resourceKey;

    public NotFound(String resourceKey) {
        super(resourceKey, null, false, false);
        this.resourceKey = resourceKey;
    }

    public String resourceKey() {
        return resourceKey;
    }
}
