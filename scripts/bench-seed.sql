-- 100,000 participants for `make bench`: accented and plain first names, one offender in ten.
WITH names(i, first_name, bare) AS (
    SELECT g, (ARRAY['Hélène','Élise','François','Zoë','Marc','Chloé','Anaïs','Jérôme','Noémie','Luc'])[1 + g % 10],
              (ARRAY['helene','elise','francois','zoe','marc','chloe','anais','jerome','noemie','luc'])[1 + g % 10]
    FROM generate_series(0, 99999) g
)
INSERT INTO participant (id, kind, first_name, last_name, preferred_language, offender_number, institution,
                         phone, may_leave_message, search_key, version, created_at, updated_at, created_by)
SELECT gen_random_uuid(),
       CASE WHEN i % 10 = 0 THEN 'OFFENDER' ELSE 'VICTIM' END,
       first_name, 'Nom' || i, CASE WHEN i % 3 = 0 THEN 'FR' ELSE 'EN' END,
       CASE WHEN i % 10 = 0 THEN 'B' || lpad(i::text, 7, '0') END,
       CASE WHEN i % 10 = 0 THEN 'Institution ' || (i % 40) END,
       CASE WHEN i % 10 <> 0 THEN '+1 613 555 0100' END,
       CASE WHEN i % 10 <> 0 THEN false END,
       bare || ' nom' || i || CASE WHEN i % 10 = 0 THEN ' b' || lpad(i::text, 7, '0') ELSE '' END,
       0, now(), now(), 'bench'
FROM names;
ANALYZE participant;
