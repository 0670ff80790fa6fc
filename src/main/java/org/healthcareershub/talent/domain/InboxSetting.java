package org.healthcareershub.talent.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a seeker's email notice of a new message carries the message itself. */
@Entity
@Table(name = "talent_inbox_setting")
public class InboxSetting {

    @Id
    private Long seekerId;

    private boolean noticeWithBody;

    protected InboxSetting() {}

    public InboxSetting(long seekerId, boolean noticeWithBody) {
        this.seekerId = seekerId;
        this.noticeWithBody = noticeWithBody;
    }

    public boolean noticeWithBody() {
        return noticeWithBody;
    }

    public void setNoticeWithBody(boolean noticeWithBody) {
        this.noticeWithBody = noticeWithBody;
    }
}
