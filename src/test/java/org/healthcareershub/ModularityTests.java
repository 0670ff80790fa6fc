package org.healthcareershub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(HealthCareersHubApplication.class);
    static final Path DOCS = Path.of("target", "spring-modulith-docs");
    static final Pattern COMPONENT = Pattern.compile("Component\\(([^,]+), \"([^\"]+)\"");

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationNamingEveryModuleAndItsRealDependencies() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

        String components = Files.readString(DOCS.resolve("components.puml"));
        Map<String, String> ids = componentIds(components);
        assertThat(ids.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        modules.stream().map(ApplicationModule::getDisplayName).toList());
        assertThat(components)
                .contains(arrow(ids, "accounts", "employers", "uses"))
                .contains(arrow(ids, "employers", "identity", "listens to"))
                .contains(arrow(ids, "notifications", "identity", "listens to"))
                .doesNotContain("Rel(" + id(ids, "employers") + ", " + id(ids, "accounts") + ",");
        for (ApplicationModule module : modules) {
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml"))
                    .exists();
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .content()
                    .contains(module.getBasePackage().getName());
        }
    }

    /** Each component of the diagram by its label (the module's display name). */
    static Map<String, String> componentIds(String plantUml) {
        Matcher matcher = COMPONENT.matcher(plantUml);
        return matcher.results().collect(Collectors.toMap(r -> r.group(2), r -> r.group(1)));
    }

    static String id(Map<String, String> ids, String module) {
        return ids.get(modules.getModuleByName(module).orElseThrow().getDisplayName());
    }

    static String arrow(Map<String, String> ids, String from, String to, String label) {
        return "Rel(" + id(ids, from) + ", " + id(ids, to) + ", \"" + label + "\"";
    }
}
