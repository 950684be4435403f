package app.gazette.media.fetch;

import app.gazette.media.fetch.FetchRefused.Reason;
import app.gazette.shared.PublicAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one picture from another site into a temporary file, for an import to put into the
 * library. Contract: only {@code http}/{@code https} addresses whose every DNS address is public
 * are connected to (checked at connect time, on every hop); at most {@link FetchLimits#maxRedirects()}
 * redirects are followed; the body is streamed to disk and stopped at {@link FetchLimits#maxBytes()}
 * or the total time; it must start with a JPEG, PNG, GIF or WebP signature. It returns the file,
 * which the caller owns and deletes, or throws {@link FetchRefused} with nothing left behind.
 */
public class RemoteImageFetcher implements AutoCloseable {

    private static final String USER_AGENT = "Gazette-import/1 (picture fetch)";

    private final FetchLimits limits;
    private final CloseableHttpClient client;

    public RemoteImageFetcher(FetchLimits limits) {
        this.limits = limits;
        Timeout connect = Timeout.of(limits.connectTimeout());
        Timeout read = Timeout.of(limits.totalTime());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PublicAddresses(limits.allowLoopback()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(read)
                        .setConnectionRequestTimeout(connect)
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    /** The picture at {@code address}, in a new temporary file. */
    public Path fetch(String address) throws FetchRefused {
        URI uri = checked(address, null);
        long deadline = System.nanoTime() + limits.totalTime().toNanos();
        for (int hop = 0; ; hop++) {
            HttpGet get = new HttpGet(uri);
            get.setHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9");
            try {
                Object result = client.execute(get, response -> answer(response, deadline));
                if (result instanceof Path file) {
                    return file;
                }
                if (hop >= limits.maxRedirects()) {
                    throw new FetchRefused(Reason.TOO_MANY_REDIRECTS, address);
                }
                uri = checked((String) result, uri);
            } catch (PublicAddresses.InternalAddress e) {
                throw new FetchRefused(Reason.INTERNAL_ADDRESS, uri.getHost());
            } catch (SocketTimeoutException e) {
                throw new FetchRefused(Reason.TOO_SLOW, uri.toString());
            } catch (FetchFailure e) {
                throw e.refused;
            } catch (IOException | UncheckedIOException e) {
                throw new FetchRefused(Reason.UNREACHABLE, uri.getHost());
            }
        }
    }

    /** A response read to a file (Path) or a redirect's Location (String). */
    private Object answer(ClassicHttpResponse response, long deadline) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            Header location = response.getFirstHeader("Location");
            if (location == null) {
                throw new FetchFailure(Reason.HTTP_ERROR, "redirect without Location");
            }
            return location.getValue();
        }
        if (status != 200) {
            throw new FetchFailure(Reason.HTTP_ERROR, "status " + status);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new FetchFailure(Reason.NOT_AN_IMAGE, "empty");
        }
        if (entity.getContentLength() > limits.maxBytes()) {
            throw new FetchFailure(Reason.TOO_LARGE, entity.getContentLength() + " bytes");
        }
        Path file = Files.createTempFile("gazette-fetch-", ".img");
        try (InputStream in = entity.getContent();
                OutputStream out = Files.newOutputStream(file)) {
            copy(in, out, deadline);
            if (!ImageSignature.matches(file)) {
                throw new FetchFailure(Reason.NOT_AN_IMAGE, "signature");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private void copy(InputStream in, OutputStream out, long deadline) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limits.maxBytes()) {
                throw new FetchFailure(Reason.TOO_LARGE, "over " + limits.maxBytes() + " bytes");
            }
            if (System.nanoTime() > deadline) {
                throw new FetchFailure(Reason.TOO_SLOW, "over " + limits.totalTime());
            }
            out.write(buffer, 0, n);
        }
    }

    private static URI checked(String address, URI base) throws FetchRefused {
        try {
            URI uri = new URI(address.trim());
            if (base != null) {
                uri = base.resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getUserInfo() != null) {
                throw new FetchRefused(Reason.BAD_ADDRESS, address);
            }
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchRefused(Reason.BAD_ADDRESS, address);
        }
    }

    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
    }

    /** Carries a refusal out of the response handler, whose signature allows only IOException. */
    private static final class FetchFailure extends IOException {
        final FetchRefused refused;

        FetchFailure(Reason reason, String detail) {
            super(detail, null);
            this.refused = new FetchRefused(reason, detail);
        }
    }
}
