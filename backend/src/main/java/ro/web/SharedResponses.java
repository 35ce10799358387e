package ro.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem responses every operation shares, declared here once instead of on each operation:
 * every operation needs a bearer token (401) of a role allowed to call it (403); one that takes an
 * {@link IfMatch} answers 412 to a stale and 428 to a missing one; and all may answer 429
 * ({@link RateLimiter} runs before all of them). Each is placed among the operation's own
 * responses in the order of their codes, so the contract reads as if it were written by hand.
 */
public class SharedResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        Map<String, APIResponse> all = new LinkedHashMap<>(responses.getAPIResponses());
        all = inOrder(all, "401", "Unauthorized");
        all = inOrder(all, "403", "Forbidden");
        if (takesIfMatch(operation.getParameters())) {
            all = inOrder(all, "412", "PreconditionFailed");
            all = inOrder(all, "428", "PreconditionRequired");
        }
        all.putIfAbsent("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        responses.setAPIResponses(all);
        return operation;
    }

    private static boolean takesIfMatch(List<Parameter> parameters) {
        return parameters != null && parameters.stream()
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
