package ro.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject and user name, and which of the program's roles they hold. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        String sub = token.getSubject();
        return sub == null ? identity.getPrincipal().getName() : sub;
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name == null ? identity.getPrincipal().getName() : name;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Which cases the caller reaches (and through them, which participants and messages). */
    public CaseScope caseScope() {
        return CaseScope.of(is(Roles.COORDINATOR), is(Roles.MEDIATOR), username());
    }

    /** The program's roles the caller holds, in a fixed order, e.g. {@code coordinator,mediator}. */
    public String roles() {
        return rolesOf(identity);
    }

    /** The token's subject of an identity established outside a resource (a route handler, a filter). */
    public static String subjectOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    public static String usernameOf(SecurityIdentity identity) {
        String name = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("preferred_username") : null;
        return name == null ? identity.getPrincipal().getName() : name;
    }

    public static String rolesOf(SecurityIdentity identity) {
        Set<String> held = identity.getRoles();
        return Roles.ALL.stream().filter(held::contains).collect(Collectors.joining(","));
    }
}
