package vn.partyreview.integrity;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;

/**
 * Every endpoint of Camunda's engine REST API, read from its JAX-RS resources: the root resource's sub-resource
 * locators followed down to each resource method, as {@code "POST task/{id}/complete"}.
 */
final class EngineRestEndpoints {

    private static final List<Class<? extends Annotation>> METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, HEAD.class, OPTIONS.class);

    private EngineRestEndpoints() {
    }

    static Set<String> all() {
        Set<String> endpoints = new TreeSet<>();
        walk(DefaultProcessEngineRestServiceImpl.class, "", endpoints, 0);
        return endpoints;
    }

    private static void walk(Class<?> resource, String prefix, Set<String> into, int depth) {
        if (depth > 8) {
            return;
        }
        for (Method method : resource.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String full = (prefix + (path == null ? "" : "/" + path.value())).replaceAll("/+", "/");
            String verb = METHODS.stream().filter(method::isAnnotationPresent).map(Class::getSimpleName).findFirst()
                    .orElse(null);
            if (verb != null) {
                into.add(verb + " " + full.replaceAll("^/|/$", ""));
            } else if (path != null) {
                walk(method.getReturnType(), full, into, depth + 1);
            }
        }
    }
}
