package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

        Path overview = OUTPUT.resolve("components.puml");
        assertThat(overview).exists();
        String source = Files.readString(overview, StandardCharsets.UTF_8)
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream svg = Files.newOutputStream(OUTPUT.resolve("components.svg"))) {
            new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(OUTPUT.resolve("components.svg"))).contains("<svg").contains("Article");
    }
}
