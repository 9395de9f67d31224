-- Redundancy settings per project, and what page assignment needs: transcriptions, leases, skips.

alter table projects
    add column transcriptions_required  integer not null default 2 check (transcriptions_required between 1 and 10),
    add column transcriptions_allowed   integer not null default 4 check (transcriptions_allowed between 1 and 20),
    add column approvals_required       integer not null default 1 check (approvals_required between 1 and 5),
    add column assignment_order         text not null default 'document' check (assignment_order in ('document', 'random')),
    add column lease_minutes            integer not null default 30 check (lease_minutes between 1 and 1440),
    add constraint ck_projects_redundancy check (transcriptions_allowed >= transcriptions_required);

-- How many transcriptions the page wants now (the project's minimum, raised by one each time the
-- consensus asks the crowd for more) and how many it has: assignment compares the two.
alter table pages
    add column transcriptions_needed  integer not null default 2 check (transcriptions_needed > 0),
    add column transcription_count    integer not null default 0 check (transcription_count >= 0),
    -- A fixed random key: "random order" without ORDER BY random() over a million pages.
    add column random_key             double precision not null default random();

create index ix_pages_assignable_in_order  on pages (document_id, sequence) where state = 'open' and transcription_count < transcriptions_needed;
create index ix_pages_assignable_at_random on pages (random_key)            where state = 'open' and transcription_count < transcriptions_needed;

-- A submitted transcription: immutable; one per volunteer and page; a repeated submit (same key) is the same one.
create table transcriptions (
    id              bigint generated always as identity primary key,
    page_id         integer not null references pages (id) on delete cascade,
    volunteer_id    uuid not null references users (id),
    submission_key  uuid not null unique,
    rows            jsonb not null default '[]',
    page_fields     jsonb not null default '{}',
    submitted_at    timestamptz not null default now(),
    constraint uq_transcriptions_page_volunteer unique (page_id, volunteer_id)
);
create index ix_transcriptions_volunteer on transcriptions (volunteer_id, submitted_at desc);

-- A page held for a volunteer while they work on it, so it is not served to more people than it needs.
create table page_leases (
    page_id       integer not null references pages (id) on delete cascade,
    volunteer_id  uuid not null references users (id) on delete cascade,
    leased_at     timestamptz not null default now(),
    expires_at    timestamptz not null,
    primary key (page_id, volunteer_id)
);
create index ix_page_leases_volunteer on page_leases (volunteer_id, expires_at);

-- Pages a volunteer chose to skip: never offered to them again.
create table page_skips (
    page_id       integer not null references pages (id) on delete cascade,
    volunteer_id  uuid not null references users (id) on delete cascade,
    skipped_at    timestamptz not null default now(),
    primary key (page_id, volunteer_id)
);
