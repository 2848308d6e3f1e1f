-- Each loan belongs to a user of kunai-auth's auth_user table (its migrations, 0.1.x, run before V1).
alter table if exists Loan 
       add column owner_id bigint not null;

alter table if exists Loan 
       add constraint FKloanowner 
       foreign key (owner_id) 
       references auth_user;
