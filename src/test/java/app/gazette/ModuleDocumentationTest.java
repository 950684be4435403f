package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation into docs/modules: Spring Modulith's component diagrams (the
 * whole application and one per module, PlantUML) and module canvases, and the overview rendered to
 * SVG for README. Runs with every build, so the committed files show the modules as they are.
 */
class ModuleDocumentationTest {

    static final Path OUTPUT = Path.of("docs", "modules");

    @Test
    void writesTheModuleDiagramsAndCanvases() throws Exception {
        new Documenter(ModularityTest.MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path puml :
                    files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.writeString(puml, inStableOrder(Files.readString(puml, StandardCharsets.UTF_8)));
            }
        }

        Path overview = OUTPUT.resolve("components.puml");
        assertThat(overview).exists();
        String source = Files.readString(overview, StandardCharsets.UTF_8)
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream svg = Files.newOutputStream(OUTPUT.resolve("components.svg"))) {
            new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(OUTPUT.resolve("components.svg")))
                .contains("<svg")
                .contains("Article");
    }

    /** Modulith lists components and relations in no fixed order: each run of them is sorted. */
    static String inStableOrder(String puml) {
        List<String> lines = new ArrayList<>(puml.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") || trimmed.startsWith("Component(")
                ? trimmed.substring(0, trimmed.indexOf('('))
                : null;
    }
}
