package org.healthcareershub.jobs.web;

import java.util.ArrayList;
import java.util.List;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.web.SitemapContributor;
import org.springframework.stereotype.Component;

/** The job search and every open posting; expired and closed postings drop out at once. */
@Component
class JobSitemap implements SitemapContributor {

    private final JobBoard board;

    JobSitemap(JobBoard board) {
        this.board = board;
    }

    @Override
    public List<String> sitemapPaths() {
        List<String> paths = new ArrayList<>(List.of("/jobs"));
        board.openIds().forEach(id -> paths.add("/jobs/" + id));
        return paths;
    }
}
