-- kunai-auth: users, groups and model permissions (Django's contrib.auth tables). Portable: H2 and PostgreSQL.
create table auth_permission (
    id bigint not null,
    app_label varchar(100) not null,
    codename varchar(100) not null,
    name varchar(255) not null,
    primary key (id),
    constraint auth_permission_app_label_codename_uniq unique (app_label, codename)
);
create sequence auth_permission_seq start with 1 increment by 50;

create table auth_group (
    id bigint not null,
    name varchar(150) not null,
    primary key (id),
    constraint auth_group_name_uniq unique (name)
);
create sequence auth_group_seq start with 1 increment by 50;

create table auth_group_permissions (
    group_id bigint not null,
    permission_id bigint not null,
    primary key (group_id, permission_id),
    constraint auth_group_permissions_group_fk foreign key (group_id) references auth_group (id),
    constraint auth_group_permissions_permission_fk foreign key (permission_id) references auth_permission (id)
);

create table auth_user (
    id bigint not null,
    username varchar(150) not null,
    email varchar(254) not null,
    password varchar(255) not null,
    is_active boolean not null,
    is_staff boolean not null,
    is_superuser boolean not null,
    last_login timestamp(6) with time zone,
    date_joined timestamp(6) with time zone not null,
    primary key (id),
    constraint auth_user_username_uniq unique (username)
);
create sequence auth_user_seq start with 1 increment by 50;

create table auth_user_groups (
    user_id bigint not null,
    group_id bigint not null,
    primary key (user_id, group_id),
    constraint auth_user_groups_user_fk foreign key (user_id) references auth_user (id),
    constraint auth_user_groups_group_fk foreign key (group_id) references auth_group (id)
);

create table auth_user_user_permissions (
    user_id bigint not null,
    permission_id bigint not null,
    primary key (user_id, permission_id),
    constraint auth_user_user_permissions_user_fk foreign key (user_id) references auth_user (id),
    constraint auth_user_user_permissions_permission_fk foreign key (permission_id) references auth_permission (id)
);
