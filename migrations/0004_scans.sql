-- Scans: a project's bound ledgers (documents), their ordered pages, and the images behind them.

-- An original image, stored once by content (SHA-256) however many pages or imports use it.
create table images (
    id           text primary key check (id ~ '^[0-9a-f]{64}$'),   -- the SHA-256 of the original file
    format       text not null check (format in ('jpeg', 'png', 'tiff', 'webp', 'jp2')),
    width        integer not null check (width > 0),
    height       integer not null check (height > 0),
    byte_size    bigint not null check (byte_size > 0),
    tile_state   text not null default 'pending' check (tile_state in ('pending', 'ready', 'failed')),
    tile_error   text,
    created_at   timestamptz not null default now(),
    tiled_at     timestamptz
);

-- A bound ledger volume.
create table documents (
    id            integer generated always as identity primary key,
    project_id    integer not null references projects (id) on delete cascade,
    title         text not null check (length(title) between 1 and 300),
    call_number   text not null default '' check (length(call_number) <= 200),
    institution   text not null default '' check (length(institution) <= 300),
    source        text not null default '' check (length(source) <= 2000),   -- where it came from: upload, folder, manifest URL
    metadata      jsonb not null default '[]',                               -- [{label, value}] kept from a manifest
    created_at    timestamptz not null default now()
);
create index ix_documents_project on documents (project_id);

create table pages (
    id           integer generated always as identity primary key,
    document_id  integer not null references documents (id) on delete cascade,
    sequence     integer not null check (sequence > 0),
    label        text not null check (length(label) between 1 and 200),
    image_id     text not null references images (id),
    state        text not null default 'imported'
                 check (state in ('imported', 'tiling', 'open', 'consensus', 'review', 'approval', 'reconciled', 'flagged')),
    created_at   timestamptz not null default now(),
    constraint uq_pages_sequence unique (document_id, sequence) deferrable initially immediate
);
create index ix_pages_image on pages (image_id);
create index ix_pages_state on pages (state);

-- Background work, claimed with FOR UPDATE SKIP LOCKED by a worker in every app process.
create table jobs (
    id            bigint generated always as identity primary key,
    kind          text not null,
    payload       jsonb not null default '{}',
    state         text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
    attempts      integer not null default 0,
    max_attempts  integer not null default 5,
    run_after     timestamptz not null default now(),
    locked_until  timestamptz,
    last_error    text,
    created_at    timestamptz not null default now(),
    finished_at   timestamptz
);
create index ix_jobs_ready on jobs (run_after) where state = 'queued';
create index ix_jobs_running on jobs (locked_until) where state = 'running';
-- One pending job per kind and subject: importing the same image twice tiles it once.
create unique index uq_jobs_pending on jobs (kind, (payload ->> 'subject')) where state in ('queued', 'running');
