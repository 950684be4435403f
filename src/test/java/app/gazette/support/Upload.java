package app.gazette.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A signed-in browser's file uploads and downloads (its session cookie, its CSRF token), and raw requests. */
public final class Upload {

    private static final String BOUNDARY = "----gazette-test-boundary-7MA4YWxkTrZu0gW";

    private final HttpClient http = HttpClient.newHttpClient();
    private final SignedInBrowser browser;
    private final int port;

    public Upload(SignedInBrowser browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the fields and the file as multipart/form-data, with the CSRF token of formPage. */
    public HttpResponse<String> post(
            String formPage, String action, Map<String, String> fields, String fileName, byte[] file)
            throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach(
                (name, value) -> part(body, "name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8)));
        part(body, "name=\"_csrf\"", null, browser.csrfToken(formPage).getBytes(StandardCharsets.UTF_8));
        part(body, "name=\"file\"; filename=\"" + fileName + "\"", "application/zip", file);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(action)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends only the head of a POST that announces a body of this length and "Expect: 100-continue",
     * then none of the body; returns the status line of the final answer (after any "100 Continue").
     * A server that tried to read the body would answer nothing before the timeout.
     */
    public static String announce(int port, String path, long length, String cookie) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
                            + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + length
                            + "\r\nExpect: 100-continue\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                            + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = line(in);
            while (status.startsWith("HTTP/1.1 100")) {
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    // the interim answer's headers
                }
                status = line(in);
            }
            return status;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    public String sessionCookie() {
        return "SESSION=" + browser.cookie("SESSION").orElseThrow();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", sessionCookie());
    }

    private static void part(ByteArrayOutputStream body, String disposition, String type, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n"
                        + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
