package org.healthcareershub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SearchIndexCheckTests {

    @Test
    void logsARebuildsProgressEveryTenthOfItsDocuments(CapturedOutput output) {
        SearchIndexCheck.Progress progress = new SearchIndexCheck.Progress("JobPosting");
        progress.addToTotalCount(1000);
        for (int i = 0; i < 100; i++) {
            progress.documentsAdded(10);
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("JobPosting index: ")))
                .hasSize(9)
                .first()
                .asString()
                .contains("JobPosting index: 100 of 1000 documents");
        assertThat(output.getOut()).contains("JobPosting index: 900 of 1000 documents");
    }

    @Test
    void logsNothingBeforeItKnowsHowManyDocumentsThereAre(CapturedOutput output) {
        SearchIndexCheck.Progress progress = new SearchIndexCheck.Progress("Training");
        progress.documentsAdded(500);
        assertThat(output.getOut()).doesNotContain("Training index: ");
    }
}
