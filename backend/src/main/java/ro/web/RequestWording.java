package ro.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import ro.rules.Messages;
import ro.rules.Wording;

/** The caller's words: the messages in the language of the request's Accept-Language (English when none). */
@RequestScoped
public class RequestWording implements Wording {

    @Inject
    CurrentVertxRequest request;

    @Inject
    RouteProblems problems;

    @Override
    public String text(String key, List<Object> args) {
        return Messages.text(locale(), key, args.toArray());
    }

    private Locale locale() {
        return request.getCurrent() == null ? Messages.ENGLISH : problems.locale(request.getCurrent());
    }
}
