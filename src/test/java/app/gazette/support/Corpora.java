package app.gazette.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The odd-input corpora in src/test/resources/corpora (see the README there), one input an entry. */
public final class Corpora {

    public static final List<String> SQLI = List.of(
            "sqli/Auth_Bypass.txt", "sqli/Generic_ErrorBased.txt", "sqli/Generic_Fuzz.txt", "sqli/SQLi_Polyglots.txt");
    public static final List<String> XSS = List.of(
            "xss/BRUTELOGIC-XSS-STRINGS.txt",
            "xss/IntrudersXSS.txt",
            "xss/JHADDIX_XSS.txt",
            "xss/MarioXSSVectors.txt",
            "xss/RSNAKE_XSS.txt",
            "xss/XSS_Polyglots.txt",
            "xss/xss_payloads_quick.txt");

    private Corpora() {}

    /** Every corpus file's name: blns.json and the text files. */
    public static List<String> files() {
        List<String> files = new ArrayList<>(List.of("blns/blns.json"));
        files.addAll(SQLI);
        files.addAll(XSS);
        return files;
    }

    /** The entries of a corpus file: the strings of a JSON array, else the lines of a text file. */
    public static List<String> entries(String file) {
        try (InputStream in = new ClassPathResource("corpora/" + file).getInputStream()) {
            if (file.endsWith(".json")) {
                return Arrays.asList(JsonMapper.builder().build().readValue(in, String[].class));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .map(line -> line.replaceAll("\r$", ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
