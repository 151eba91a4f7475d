package vn.partyreview.cluster;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriTemplateHandler;

/**
 * A load balancer without sticky sessions in front of the nodes: each request goes to the next live node. A node
 * taken out (as a health check would after a crash) gets no more requests.
 */
final class RoundRobin implements UriTemplateHandler {

    private final List<String> nodes = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<String> pinned = new AtomicReference<>();

    RoundRobin(String... nodeUrls) {
        nodes.addAll(List.of(nodeUrls));
    }

    void takeOut(String nodeUrl) {
        nodes.remove(nodeUrl);
    }

    /** The next request only goes to this node. */
    void sendNextTo(String nodeUrl) {
        pinned.set(nodeUrl);
    }

    @Override
    public URI expand(String template, Map<String, ?> variables) {
        return new DefaultUriBuilderFactory(node()).expand(template, variables);
    }

    @Override
    public URI expand(String template, Object... variables) {
        return new DefaultUriBuilderFactory(node()).expand(template, variables);
    }

    private String node() {
        String once = pinned.getAndSet(null);
        return once != null ? once : nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
    }
}
