-- Demo data for `make run` and the tests only (flyway location db/demo): the demo realm's mediators on the roster.
INSERT INTO mediator (username, display_name, languages, region, active, version, created_at, updated_at)
VALUES ('mediator1', 'Mediator One', 'EN,FR', 'Ontario', true, 0, now(), now()),
       ('mediator2', 'Mediator Two', 'EN', 'Quebec', true, 0, now(), now())
ON CONFLICT (username) DO NOTHING;
