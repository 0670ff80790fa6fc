package org.healthcareershub.jobs;

/**
 * Staff found nothing wrong in the open reports about a posting and dismissed them. Published in the
 * dismissing transaction, so a listener that fails (the audit log) undoes it.
 */
public record JobReportsDismissed(long jobPostingId, int reports) {}
