-- Hand-written: a sign-in attempt is reserved in one statement.
--
-- Before, the API took the advisory locks, counted and inserted in an
-- interactive transaction: four round trips with the account's lock held, and
-- every other attempt at the same account holding a pooled connection while it
-- waited for that lock. A burst (25 guesses at once, pool of 10) then queued
-- for connections behind the lock, and on a busy machine that queue outlasted
-- Prisma's two-second wait for a transaction: some guesses were answered "busy"
-- instead of being counted or refused. Here the locks, the count and the
-- insert run inside the database in one call, so the lock is held only for
-- that call and nothing waits on a client-side timer.
--
-- Under READ COMMITTED every statement of a VOLATILE function takes a fresh
-- snapshot, so the count after the locks sees every attempt committed before.
CREATE FUNCTION lotse_reserve_sign_in(
  p_email text, p_ip text, p_known_address boolean, p_now timestamp, p_since timestamp,
  p_max_pair int, p_max_account int, p_max_address int,
  -- The attempt's id when reserved (null when refused), and for each full bucket
  -- the time (epoch ms) of the oldest of its last `max` failures: it frees up when that one ages out.
  OUT "id" bigint, OUT "pairOldestMs" float8, OUT "accountOldestMs" float8, OUT "addressOldestMs" float8
) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  c record;
BEGIN
  -- Account lock first, then address lock: everyone takes them in this order, so no deadlock.
  PERFORM pg_advisory_xact_lock(hashtextextended('signin:account:' || p_email, 0));
  IF p_known_address THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('signin:address:' || p_ip, 0));
  END IF;
  SELECT count(*) FILTER (WHERE a."email" = p_email AND a."ip" = p_ip) AS pair,
         count(*) FILTER (WHERE a."email" = p_email) AS account,
         count(*) FILTER (WHERE a."ip" = p_ip AND p_known_address) AS address,
         (array_agg(a."createdAt" ORDER BY a."createdAt" DESC) FILTER (WHERE a."email" = p_email AND a."ip" = p_ip))[p_max_pair] AS pair_oldest,
         (array_agg(a."createdAt" ORDER BY a."createdAt" DESC) FILTER (WHERE a."email" = p_email))[p_max_account] AS account_oldest,
         (array_agg(a."createdAt" ORDER BY a."createdAt" DESC) FILTER (WHERE a."ip" = p_ip AND p_known_address))[p_max_address] AS address_oldest
    INTO c
    FROM "SignInAttempt" a
   WHERE NOT a."succeeded" AND a."createdAt" > p_since AND (a."email" = p_email OR a."ip" = p_ip);
  IF c.pair >= p_max_pair THEN "pairOldestMs" := EXTRACT(EPOCH FROM c.pair_oldest) * 1000; END IF;
  IF c.account >= p_max_account THEN "accountOldestMs" := EXTRACT(EPOCH FROM c.account_oldest) * 1000; END IF;
  IF c.address >= p_max_address THEN "addressOldestMs" := EXTRACT(EPOCH FROM c.address_oldest) * 1000; END IF;
  IF "pairOldestMs" IS NULL AND "accountOldestMs" IS NULL AND "addressOldestMs" IS NULL THEN
    INSERT INTO "SignInAttempt" ("email", "ip", "succeeded", "createdAt")
    VALUES (p_email, p_ip, false, p_now)
    RETURNING "SignInAttempt"."id" INTO "id";
  END IF;
END
$$;
