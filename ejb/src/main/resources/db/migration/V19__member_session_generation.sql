-- Each member's sign-in generation: a signed-in session remembers the generation it began in and ends when the member's
-- moves on (a password change, a disabled or deleted account ends the member's other sessions on every server, since
-- the sessions themselves may live in another server's memory or in the session database).
ALTER TABLE member ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
