package ro.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem responses operations share, declared here once instead of on each operation: one
 * that reads a body or query parameters may find them invalid (400); every operation needs a
 * bearer token (401) of a role allowed to call it (403); one addressing a record by a path
 * parameter may not find it (404); one that takes an {@link IfMatch} answers 412 to a stale and
 * 428 to a missing one; and all may answer 429 ({@link RateLimiter} runs before all of them).
 * Each is placed among the operation's own responses in the order of their codes, so the contract
 * reads as if it were written by hand. An operation declares only the responses of its own (its
 * success, 409, 422...). Every operation needs the bearer token, so each is marked as secured by it here
 * too (the roles allowed are on the resources).
 */
public class SharedResponses implements OASFilter {

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
            all = inOrder(all, "412", "PreconditionFailed");
            all = inOrder(all, "428", "PreconditionRequired");
        }
        all.putIfAbsent("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
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
