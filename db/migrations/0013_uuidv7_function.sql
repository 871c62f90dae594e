-- Time-ordered ids (UUID version 7, RFC 9562): the first 48 bits are the Unix time in milliseconds, so rows
-- inserted together land next to each other in their primary-key index instead of on random pages, and a
-- table's newest rows stay in the few index pages that are hot anyway. Postgres gains a built-in uuidv7() only
-- in version 18 (and PGlite has none), so Tally defines its own here, before any column default uses it.
-- It takes a random (version 4) UUID, writes the millisecond timestamp over its first six bytes, and turns the
-- version nibble from 4 (0100) into 7 (0111) by setting its two low bits (bits 52 and 53 in set_bit's
-- numbering). The variant bits stay those of gen_random_uuid(). Ids made in the same millisecond are ordered
-- by their random bits only. On Postgres 18 an unqualified uuidv7() resolves to the built-in one first
-- (pg_catalog precedes public), which has the same layout.
CREATE OR REPLACE FUNCTION uuidv7() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE
AS $$
  SELECT encode(
    set_bit(
      set_bit(
        overlay(uuid_send(gen_random_uuid())
          PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6),
        52, 1),
      53, 1),
    'hex')::uuid
$$;
