-- Reference data kept by admin: the Correctional Service's regions and its institutions, in both
-- official languages. Forms pick from them: an offender's institution, a meeting's place, a
-- referral's region, a mediator's region. A row is never deleted (records point to it): it is
-- deactivated, and an inactive row is refused for new records.
CREATE TABLE region (
    id         uuid PRIMARY KEY,
    code       varchar(20)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,20}$'),
    name_en    varchar(120) NOT NULL,
    name_fr    varchar(120) NOT NULL,
    active     boolean      NOT NULL,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);

CREATE TABLE institution (
    id         uuid PRIMARY KEY,
    code       varchar(20)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,20}$'),
    name_en    varchar(120) NOT NULL,
    name_fr    varchar(120) NOT NULL,
    region_id  uuid         NOT NULL REFERENCES region (id),
    active     boolean      NOT NULL,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);
CREATE INDEX institution_of_region ON institution (region_id);

-- The five regions of the Correctional Service of Canada.
INSERT INTO region (id, code, name_en, name_fr, active, version, created_at, updated_at) VALUES
    ('5e0a0000-0000-4000-8000-000000000001', 'ATLANTIC', 'Atlantic', 'Atlantique', true, 0, now(), now()),
    ('5e0a0000-0000-4000-8000-000000000002', 'QUEBEC', 'Quebec', 'Québec', true, 0, now(), now()),
    ('5e0a0000-0000-4000-8000-000000000003', 'ONTARIO', 'Ontario', 'Ontario', true, 0, now(), now()),
    ('5e0a0000-0000-4000-8000-000000000004', 'PRAIRIE', 'Prairie', 'Prairies', true, 0, now(), now()),
    ('5e0a0000-0000-4000-8000-000000000005', 'PACIFIC', 'Pacific', 'Pacifique', true, 0, now(), now());

-- Some of its institutions, by region (admin adds the others).
INSERT INTO institution (id, code, name_en, name_fr, region_id, active, version, created_at, updated_at)
SELECT i.id::uuid, i.code, i.name_en, i.name_fr, r.id, true, 0, now(), now()
FROM (VALUES
    ('1a5e0000-0000-4000-8000-000000000001', 'ATL-ATLANTIC', 'Atlantic Institution', 'Établissement de l''Atlantique', 'ATLANTIC'),
    ('1a5e0000-0000-4000-8000-000000000002', 'ATL-DORCHESTER', 'Dorchester Penitentiary', 'Pénitencier de Dorchester', 'ATLANTIC'),
    ('1a5e0000-0000-4000-8000-000000000003', 'ATL-SPRINGHILL', 'Springhill Institution', 'Établissement de Springhill', 'ATLANTIC'),
    ('1a5e0000-0000-4000-8000-000000000004', 'ATL-NOVA', 'Nova Institution for Women', 'Établissement Nova pour femmes', 'ATLANTIC'),
    ('1a5e0000-0000-4000-8000-000000000005', 'QUE-DONNACONA', 'Donnacona Institution', 'Établissement de Donnacona', 'QUEBEC'),
    ('1a5e0000-0000-4000-8000-000000000006', 'QUE-JOLIETTE', 'Joliette Institution for Women', 'Établissement Joliette pour femmes', 'QUEBEC'),
    ('1a5e0000-0000-4000-8000-000000000007', 'QUE-LA-MACAZA', 'La Macaza Institution', 'Établissement de La Macaza', 'QUEBEC'),
    ('1a5e0000-0000-4000-8000-000000000008', 'QUE-ARCHAMBAULT', 'Archambault Institution', 'Établissement Archambault', 'QUEBEC'),
    ('1a5e0000-0000-4000-8000-000000000009', 'ONT-COLLINS-BAY', 'Collins Bay Institution', 'Établissement de Collins Bay', 'ONTARIO'),
    ('1a5e0000-0000-4000-8000-000000000010', 'ONT-MILLHAVEN', 'Millhaven Institution', 'Établissement de Millhaven', 'ONTARIO'),
    ('1a5e0000-0000-4000-8000-000000000011', 'ONT-GRAND-VALLEY', 'Grand Valley Institution for Women', 'Établissement pour femmes Grand Valley', 'ONTARIO'),
    ('1a5e0000-0000-4000-8000-000000000012', 'ONT-WARKWORTH', 'Warkworth Institution', 'Établissement de Warkworth', 'ONTARIO'),
    ('1a5e0000-0000-4000-8000-000000000013', 'PRA-STONY-MOUNTAIN', 'Stony Mountain Institution', 'Établissement de Stony Mountain', 'PRAIRIE'),
    ('1a5e0000-0000-4000-8000-000000000014', 'PRA-EDMONTON', 'Edmonton Institution', 'Établissement d''Edmonton', 'PRAIRIE'),
    ('1a5e0000-0000-4000-8000-000000000015', 'PRA-SASKATCHEWAN', 'Saskatchewan Penitentiary', 'Pénitencier de la Saskatchewan', 'PRAIRIE'),
    ('1a5e0000-0000-4000-8000-000000000016', 'PRA-BOWDEN', 'Bowden Institution', 'Établissement de Bowden', 'PRAIRIE'),
    ('1a5e0000-0000-4000-8000-000000000017', 'PAC-KENT', 'Kent Institution', 'Établissement de Kent', 'PACIFIC'),
    ('1a5e0000-0000-4000-8000-000000000018', 'PAC-MOUNTAIN', 'Mountain Institution', 'Établissement de Mountain', 'PACIFIC'),
    ('1a5e0000-0000-4000-8000-000000000019', 'PAC-FRASER-VALLEY', 'Fraser Valley Institution for Women', 'Établissement de la vallée du Fraser pour femmes', 'PACIFIC'),
    ('1a5e0000-0000-4000-8000-000000000020', 'PAC-MATSQUI', 'Matsqui Institution', 'Établissement de Matsqui', 'PACIFIC')
) AS i (id, code, name_en, name_fr, region_code)
JOIN region r ON r.code = i.region_code;

-- Records point to the reference rows; the free text each had is kept as it was recorded.
ALTER TABLE referral ADD COLUMN region_id uuid REFERENCES region (id);
ALTER TABLE participant ADD COLUMN institution_id uuid REFERENCES institution (id);
ALTER TABLE meeting ADD COLUMN institution_id uuid REFERENCES institution (id);
ALTER TABLE mediator ADD COLUMN region_id uuid REFERENCES region (id);
CREATE INDEX referral_of_region ON referral (region_id) WHERE region_id IS NOT NULL;

-- Free text that names an institution or a region (in either language, any case, spaces trimmed)
-- now points to it; any other text stays as recorded text, for a person to match by hand.
UPDATE participant p SET institution_id = i.id
FROM institution i
WHERE p.institution IS NOT NULL
  AND lower(btrim(p.institution)) IN (lower(i.name_en), lower(i.name_fr));
UPDATE meeting m SET institution_id = i.id
FROM institution i
WHERE lower(btrim(m.institution)) IN (lower(i.name_en), lower(i.name_fr));
UPDATE mediator m SET region_id = r.id
FROM region r
WHERE lower(btrim(m.region)) IN (lower(r.name_en), lower(r.name_fr), lower(r.code));
-- A referral's region is its offender's institution's region where that is known.
UPDATE referral f SET region_id = i.region_id
FROM participant p JOIN institution i ON i.id = p.institution_id
WHERE p.id = f.offender_id;
