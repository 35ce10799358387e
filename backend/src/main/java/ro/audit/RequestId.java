package ro.audit;

/**
 * The id of the request being served, as the web layer gave it to the request and echoes it to the
 * caller: every entry names it, so an entry and the response it belongs to can be matched.
 */
public interface RequestId {

    String current();
}
