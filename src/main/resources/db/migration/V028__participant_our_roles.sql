-- Our side's roles as the draft reads them (issue 18 "people"): head of our delegation ('leader' on side 'vn', as the
-- partner's head is 'leader' on side 'jp'), a member of it ('member'), the host ('host') and anyone else present
-- ('participant'). Before, our side was only 'host' or 'attendee', so our head of delegation abroad was an attendee
-- and a thank-you letter found no head. Old rows keep what they said: 'attendee' now means "present on our side, role
-- not recorded" (nothing stored tells a head of delegation from a participant), and no row changes.
-- SQLite cannot alter a CHECK constraint; the table's stored definition is rewritten in place, as in V004 and V025
-- (the new constraint accepts every value the old one did). Connections opened after this one read it.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''host'', ''attendee'')', '''host'', ''attendee'', ''participant'')')
 WHERE type = 'table' AND name = 'participant';
PRAGMA writable_schema = OFF;
