package app.gazette.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body of unknown length read through its limit: as a stream that fails past it, or (a form) read
 * into memory first and parsed here, since the container's own form parsing counts only its
 * connector-wide limit.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over its limit");
        }
    }

    private final long limit;
    private final List<String[]> form;
    private Map<String, String[]> parameters;
    private ServletInputStream stream;

    LimitedBody(HttpServletRequest request, long limit) {
        this(request, limit, null);
    }

    private LimitedBody(HttpServletRequest request, long limit, List<String[]> form) {
        super(request);
        this.limit = limit;
        this.form = form;
    }

    /**
     * A form body read whole and decoded: TooLarge past the limit, an IllegalArgumentException when
     * a field is malformed.
     */
    static LimitedBody form(HttpServletRequest request, long limit) throws IOException {
        LimitedBody reading = new LimitedBody(request, limit);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = reading.getInputStream()) {
            in.transferTo(body);
        }
        List<String[]> fields = new ArrayList<>();
        String text = body.toString(StandardCharsets.ISO_8859_1);
        for (String pair : text.isEmpty() ? new String[0] : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = reading.decoded(equals < 0 ? pair : pair.substring(0, equals));
            fields.add(new String[] {name, equals < 0 ? "" : reading.decoded(pair.substring(equals + 1))});
        }
        return new LimitedBody(request, limit, fields);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = form != null ? new Counting(InputStream.nullInputStream(), limit) : counting();
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters());
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    private ServletInputStream counting() throws IOException {
        return new Counting(super.getInputStream(), limit);
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    /** The query's parameters, then the form's. */
    private Map<String, String[]> parameters() {
        if (form == null) {
            return super.getParameterMap();
        }
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> all.put(name, new ArrayList<>(List.of(values))));
            form.forEach(field ->
                    all.computeIfAbsent(field[0], n -> new ArrayList<>()).add(field[1]));
            Map<String, String[]> result = new LinkedHashMap<>();
            all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
            parameters = result;
        }
        return parameters;
    }

    private String decoded(String text) {
        String decoded = FormDecoding.decode(text, charset());
        if (decoded == null) {
            throw new IllegalArgumentException("malformed form field");
        }
        return decoded;
    }

    /** Fails with TooLarge once more than the limit was read. */
    private static final class Counting extends ServletInputStream {

        private final InputStream in;
        private final long limit;
        private long count;

        Counting(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private boolean finished;

        @Override
        public int read() throws IOException {
            int b = in.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            counted(read);
            return read;
        }

        private void counted(int read) throws TooLarge {
            finished = read < 0;
            count += Math.max(read, 0);
            if (count > limit) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
        }
    }
}
