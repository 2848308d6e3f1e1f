-- kunai-jwt: issued refresh / sliding tokens and their blacklisting (django-ninja-jwt's token_blacklist app).
-- Portable: H2 and PostgreSQL. The token itself is not stored, only its jti.
create table kunai_jwt_outstanding_token (
    id bigint not null,
    jti varchar(255) not null,
    user_id varchar(255) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    blacklisted_at timestamp(6) with time zone,
    primary key (id),
    constraint kunai_jwt_outstanding_token_jti_uniq unique (jti)
);
create sequence kunai_jwt_outstanding_token_seq start with 1 increment by 50;
create index kunai_jwt_outstanding_token_expires_at_idx on kunai_jwt_outstanding_token (expires_at);
create index kunai_jwt_outstanding_token_user_id_idx on kunai_jwt_outstanding_token (user_id);
