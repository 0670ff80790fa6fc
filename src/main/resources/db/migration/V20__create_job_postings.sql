-- Job postings. The organization's name and the site's address and point are copied in when the posting is
-- saved, so that the search index holds everything a result shows; ids come from a sequence so the demo
-- postings are inserted in batches.
create sequence job_posting_seq start with 1 increment by 50;

create table job_posting (
    id                     bigint           not null primary key,
    employer_id            bigint           not null references employer (id) on delete cascade,
    employer_slug          varchar(120)     not null,
    employer_name          varchar(300)     not null,
    sample                 boolean          not null,
    title                  varchar(120)     not null,
    career_slug            varchar(120)     not null,
    job_title              varchar(200)     not null,
    soc_code               varchar(10),
    workplace              varchar(20)      not null,
    site_id                bigint           not null,
    site_name              varchar(200),
    street                 varchar(300),
    city                   varchar(120)     not null,
    zip                    varchar(5)       not null,
    county                 varchar(120),
    region                 varchar(80),
    latitude               double precision not null,
    longitude              double precision not null,
    description            varchar(20000)   not null,
    employment_type        varchar(20)      not null,
    schedule_codes         varchar(200)     not null,
    pay_min                numeric(12, 2)   not null,
    pay_max                numeric(12, 2)   not null,
    pay_unit               varchar(10)      not null,
    education_level        varchar(20)      not null,
    licenses               varchar(1000),
    years_experience       integer          not null,
    benefits               varchar(2000),
    language_codes         varchar(300)     not null,
    bilingual_differential numeric(12, 2),
    caseload               integer,
    field_work_percent     integer,
    apply_on_portal        boolean          not null,
    apply_url              varchar(1000),
    closing_date           date             not null,
    status                 varchar(20)      not null,
    close_reason           varchar(20),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    published_at           timestamp with time zone,
    reminder_sent_at       timestamp with time zone
);

create index ix_job_posting_employer on job_posting (employer_id, status);
create index ix_job_posting_status_closing on job_posting (status, closing_date);
