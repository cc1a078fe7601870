-- A signing key whose private half was exposed (`sana cert compromise KEYID`): every certificate
-- it signed fails verification from then on, whenever it was signed, and `sana cert reissue`
-- signs the still-valid ones again under the current key with the same code.
ALTER TABLE signing_key ADD COLUMN compromised_at TEXT;
