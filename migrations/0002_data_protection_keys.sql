-- ASP.NET Core Data Protection keys, shared by every app process (cookies, antiforgery tokens).
create table data_protection_keys (
    id             integer generated always as identity primary key,
    friendly_name  text,
    xml            text not null,
    created_at     timestamptz not null default now()
);
