-- Extensions the search and matching features rely on (trigram similarity, accent folding).
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- A transcription project: a museum's collection of ledgers with its own instructions and settings.
create table projects (
    id            integer generated always as identity primary key,
    slug          text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    title         text not null check (length(title) between 1 and 200),
    institution   text not null default '' check (length(institution) <= 200),
    summary       text not null default '' check (length(summary) <= 500),
    description   text not null default '' check (length(description) <= 20000),
    instructions  text not null default '' check (length(instructions) <= 20000),
    is_published  boolean not null default true,
    created_at    timestamptz not null default now()
);
