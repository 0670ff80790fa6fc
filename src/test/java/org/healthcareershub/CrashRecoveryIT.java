package org.healthcareershub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged application killed with kill -9 in the middle of a stream of writes (sign-ups, saved items,
 * contact requests, staff edits) on its embedded default (H2 and a Lucene index on disk): after a restart
 * every write that was answered with success is there, and the search index agrees with the database, in
 * its counts and in the titles of the edited programs. Runs bench/Reliability.java, the probe behind
 * docs/reliability.md, against the jar that {@code package} built.
 */
class CrashRecoveryIT {

    @Test
    void keepsEveryAcknowledgedWriteAndAMatchingIndexAfterKillDashNine() throws Exception {
        Path jar = packagedJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(
                        java.toString(), "bench/Reliability.java", "crash", "--jar", jar.toString(), "--seconds", "6")
                .redirectErrorStream(true)
                .start();
        String output;
        try {
            assertThat(probe.waitFor(10, TimeUnit.MINUTES)).as("probe finished").isTrue();
        } finally {
            if (probe.isAlive()) {
                probe.destroy(); // its shutdown hook kills the application it started
            }
            output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output);
        }
        assertThat(output)
                .contains("acknowledged writes missing from the database: 0 of")
                .contains("found by a search for their stored title, 0 not")
                .doesNotContain("DISAGREE")
                .contains("RESULT: PASS");
        assertThat(probe.exitValue()).isZero();
    }

    static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("health-careers-hub-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .toList();
            assertThat(jars).as("the jar built by package").hasSize(1);
            return jars.get(0);
        }
    }
}
