package ro.security;

import java.util.List;

/** The realm roles of the program (see the spec's table of who may do what). */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String MEDIATOR = "mediator";
    public static final String STAFF = "staff";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(COORDINATOR, MEDIATOR, STAFF, AUDITOR, ADMIN, INTEGRATION);

    private Roles() {
    }
}
