-- kunai-auth: server-side sessions (Django's django_session). Portable: H2 and PostgreSQL.
create table kunai_session (
    session_key varchar(64) not null,
    session_data varchar(8000) not null,
    expire_date timestamp(6) with time zone not null,
    primary key (session_key)
);
create index kunai_session_expire_date_idx on kunai_session (expire_date);
