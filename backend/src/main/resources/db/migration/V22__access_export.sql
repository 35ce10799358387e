-- An access request export (Privacy Act) lists the timeline events that concern the person asking:
-- a withdrawal or rejoin now names its participant by id, so the export finds theirs without reading
-- the worded summary (which names them, and must not be matched by name).
ALTER TABLE case_event ADD COLUMN participant_id uuid REFERENCES participant (id);
CREATE INDEX case_event_of_participant ON case_event (participant_id) WHERE participant_id IS NOT NULL;

-- Past withdrawals and rejoins: their summary is the wording key and the participant's name as it was
-- then; a participant of the same case whose name is that one is the one it is about (the side too).
UPDATE case_event e SET participant_id = cp.participant_id
  FROM case_participant cp JOIN participant p ON p.id = cp.participant_id
 WHERE e.kind IN ('WITHDRAWN', 'REJOINED') AND e.participant_id IS NULL AND cp.case_id = e.case_id
   AND (e.side IS NULL OR e.side = cp.side)
   AND e.summary = 'timeline.' || e.kind || chr(31) || p.first_name || ' ' || p.last_name;
