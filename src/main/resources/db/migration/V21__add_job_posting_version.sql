-- Optimistic locking: the scheduled expiry and an employer's close, renew or edit no longer overwrite
-- each other's change.
alter table job_posting add column version bigint default 0 not null;
