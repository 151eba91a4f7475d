package vn.partyreview.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.partyreview.PartyReviewApplication;

/**
 * The application in a JVM of its own, started from the test's class path as another node of the cluster, with the
 * same engine name ("default") as every node: a webapp sign-in names its engine.
 */
final class NodeProcess implements AutoCloseable {

    private final int port;
    private final Process process;
    private final Path log;

    private NodeProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static NodeProcess start(List<String> arguments, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
                classPath(), PartyReviewApplication.class.getName(), "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NodeProcess(port, process, log);
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Waits until the node serves the webapps; fails with the end of its log if it died or took too long. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest welcome = HttpRequest.newBuilder(URI.create(url() + "/camunda/app/welcome/default/")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(welcome, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the node is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The node on port " + port + " did not start:\n" + logTail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** As a crash: SIGKILL, no shutdown hook runs, its job locks stay in the database until they expire. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** The test class path: Surefire hands it over in a property of its own when it starts tests from a manifest jar. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire == null || surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
