package ro.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The problem responses operations share, declared here once (in the contract's components) and
 * placed here on each operation instead of on each resource method: one
 * that reads a body or query parameters may find them invalid (400); every operation needs a
 * bearer token (401) of a role allowed to call it (403); one addressing a record by a path
 * parameter may not find it (404); one that takes an {@link IfMatch} changes a versioned record:
 * it answers with the new version in ETag, 409 when the record's state refuses the change, 412
 * to a stale If-Match and 428 to a missing one; and all may answer 429 ({@link RateLimiter} runs before all of them)
 * and 503 while the database cannot be reached ({@link DatabaseOutage}).
 * Each is placed among the operation's own responses in the order of their codes, so the contract
 * reads as if it were written by hand. An operation declares only the responses of its own (its
 * success, 409, 422...). Every operation needs the bearer token, so each is marked as secured by it here
 * too (the roles allowed are on the resources).
 */
public class SharedResponses implements OASFilter {

    /**
     * The problem responses by name, each a problem+json {@link Problem} with its description (the
     * schema is scanned from the class, which referOffender's 503 names; the contract test would
     * show a dangling reference if none did).
     */
    private static final Map<String, String> PROBLEMS = new TreeMap<>(Map.of(
            "BadRequest", "The request is malformed or breaks a rule; `errors` names each field and rule",
            "Unauthorized", "No valid bearer token",
            "Forbidden", "The caller's role may not do this",
            "NotFound", "No such record, or not one the caller may see",
            "Conflict", "The change conflicts with the state of a record; `existingId` may name it",
            "Unprocessable", "The request is understood but a rule of the program refuses it (e.g. an offender referring themselves, an Idempotency-Key reused with another body)",
            "PreconditionFailed", "The If-Match ETag is stale: someone else changed the record",
            "PreconditionRequired", "If-Match is required for this change",
            "TooManyRequests", "Above the rate limit of the caller or the address for this kind of request (reads, writes, uploads); retry after Retry-After seconds",
            "ServiceUnavailable", "The database cannot be reached (down or restarting); retry after Retry-After seconds. The request was not carried out, unless the connection broke during its very commit: where an operation takes an Idempotency-Key, a retry with the same key is carried out at most once"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        PROBLEMS.forEach((name, description) -> {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            if (name.equals("TooManyRequests") || name.equals("ServiceUnavailable")) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
            }
            components.addResponse(name, response.content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        });
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        components.setSecuritySchemes(null);
        components.setSecuritySchemes(schemes); // after the responses, where SmallRye writes them
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Map<String, APIResponse> all = new LinkedHashMap<>(responses.getAPIResponses());
        all.values().forEach(SharedResponses::headersBeforeContent);
        if (operation.getRequestBody() != null || takes(parameters, Parameter.In.QUERY)) {
            all = inOrder(all, "400", "BadRequest");
        }
        all = inOrder(all, "401", "Unauthorized");
        all = inOrder(all, "403", "Forbidden");
        if (takes(parameters, Parameter.In.PATH)) {
            all = inOrder(all, "404", "NotFound");
        }
        if (takesIfMatch(parameters)) {
            all.forEach((code, response) -> {
                if (code.startsWith("2")) {
                    tagged(response);
                }
            });
            all = inOrder(all, "409", "Conflict");
            all = inOrder(all, "412", "PreconditionFailed");
            all = inOrder(all, "428", "PreconditionRequired");
        }
        all.putIfAbsent("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        all.putIfAbsent("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
        responses.setAPIResponses(all);
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
        return operation;
    }

    /**
     * A response's content after its headers, as in one written out in full: SmallRye infers the
     * content of a {@code RestResponse<T>} from {@code T} and puts it first.
     */
    private static void headersBeforeContent(APIResponse response) {
        Content content = response.getContent();
        if (content != null && response.getHeaders() != null) {
            response.setContent(null);
            response.setContent(content);
        }
    }

    /** The response carries the record's new version in ETag (ro.web.Tagged). */
    private static void tagged(APIResponse response) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey("ETag")) {
            response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
            headersBeforeContent(response);
        }
    }

    private static boolean takes(List<Parameter> parameters, Parameter.In in) {
        return parameters.stream().anyMatch(p -> p.getIn() == in);
    }

    private static boolean takesIfMatch(List<Parameter> parameters) {
        return parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IfMatch.HEADER.equalsIgnoreCase(p.getName()));
    }

    /** The responses with {@code code} added before the first one of a higher code (unless already there). */
    private static Map<String, APIResponse> inOrder(Map<String, APIResponse> responses, String code, String ref) {
        if (responses.containsKey(code)) {
            return responses;
        }
        Map<String, APIResponse> result = new LinkedHashMap<>();
        boolean added = false;
        for (Map.Entry<String, APIResponse> entry : responses.entrySet()) {
            if (!added && isAbove(entry.getKey(), code)) {
                result.put(code, OASFactory.createAPIResponse().ref(ref));
                added = true;
            }
            result.put(entry.getKey(), entry.getValue());
        }
        if (!added) {
            result.put(code, OASFactory.createAPIResponse().ref(ref));
        }
        return result;
    }

    private static boolean isAbove(String existing, String code) {
        return existing.chars().allMatch(Character::isDigit) && Integer.parseInt(existing) > Integer.parseInt(code);
    }
}
