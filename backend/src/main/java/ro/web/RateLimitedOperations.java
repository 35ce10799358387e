package ro.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/** Every API operation may answer 429 ({@link RateLimiter} runs before all of them): the contract says so once, here. */
public class RateLimitedOperations implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        }
        return operation;
    }
}
