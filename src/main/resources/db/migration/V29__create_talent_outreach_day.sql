-- How many messages each organization has sent on a New York calendar day. The daily allowance is taken by a
-- conditional update of this row in the transaction that stores the message ("sent < allowance"), so two
-- colleagues sending at the same moment cannot both take the last one; a rolled-back send gives it back.
create table talent_outreach_day (
    employer_id  bigint  not null,
    on_day       date    not null,
    sent         integer not null,
    constraint pk_talent_outreach_day primary key (employer_id, on_day)
);
