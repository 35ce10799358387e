package ro.audit.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The API's routes as templates ({@code GET /api/cases/{id}}), read from the resources once, so that a
 * request path can be named by its route (never by what the caller typed) even when it was refused
 * before reaching a resource.
 */
@ApplicationScoped
public class RouteTemplates {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    public record Route(String method, String template, Pattern pattern, List<String> parameters) {
        /** The path's values of the route's parameters, by name. */
        public Map<String, String> values(String path) {
            Matcher m = pattern.matcher(path);
            Map<String, String> values = new LinkedHashMap<>();
            if (m.matches()) {
                for (int i = 0; i < parameters.size(); i++) {
                    values.put(parameters.get(i), m.group(i + 1));
                }
            }
            return values;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    @Inject
    RouteTemplates(BeanManager beans) {
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(b -> b.getBeanClass())
                .filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                .forEach(this::add);
        // the most literal route first: /api/participants/search before /api/participants/{id}
        routes.sort(Comparator.comparingInt((Route r) -> r.parameters().size()).thenComparing(r -> -r.template().length()));
    }

    private void add(Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String verb = verbOf(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = (resource.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value()))
                    .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last))).append("/?");
            routes.add(new Route(verb, PARAMETER.matcher(template).replaceAll("{$1}"), Pattern.compile(regex.toString()), names));
        }
    }

    private static String verbOf(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The route of this method and path; failing that, a route of another method on the same path. */
    public Optional<Route> of(String method, String path) {
        Optional<Route> exact = routes.stream().filter(r -> r.method().equals(method) && r.pattern().matcher(path).matches()).findFirst();
        return exact.isPresent() ? exact : routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
    }
}
