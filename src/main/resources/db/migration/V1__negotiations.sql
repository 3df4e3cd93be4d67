-- Negotiations and their rounds. Portable between SQLite and PostgreSQL: no identity columns (ids
-- come from id_counter, in the writing transaction), amounts as exact decimal text (SQLite would
-- turn a DECIMAL column's value into a double), times as ISO-8601 UTC text of fixed width (so they
-- sort as they read), and every child row deleted with its negotiation by ON DELETE CASCADE.

CREATE TABLE id_counter (
  name    VARCHAR(40) NOT NULL PRIMARY KEY,
  next_id BIGINT      NOT NULL
);
INSERT INTO id_counter (name, next_id) VALUES ('negotiation', 1);

-- One row a negotiation; rounds, last_decision and updated_at are kept current by every write, so
-- that list reads this table alone.
CREATE TABLE negotiation (
  id            BIGINT       NOT NULL PRIMARY KEY,
  company       VARCHAR(200) NOT NULL,
  role          VARCHAR(200) NOT NULL,
  level         VARCHAR(100) NOT NULL,
  region        VARCHAR(200) NOT NULL,
  closed_reason VARCHAR(500),
  rounds        INTEGER      NOT NULL CHECK (rounds >= 1),
  last_decision VARCHAR(40)  NOT NULL,
  created_at    VARCHAR(24)  NOT NULL,
  updated_at    VARCHAR(24)  NOT NULL
);

-- The offer of one round, as the recruiter made it, and what its evaluation found.
CREATE TABLE negotiation_round (
  negotiation_id  BIGINT        NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
  round_no        INTEGER       NOT NULL CHECK (round_no >= 1),
  recorded_at     VARCHAR(24)   NOT NULL,
  note            TEXT,
  offer_id        VARCHAR(200)  NOT NULL,
  company         VARCHAR(200)  NOT NULL,
  role            VARCHAR(200)  NOT NULL,
  level           VARCHAR(100)  NOT NULL,
  region          VARCHAR(200)  NOT NULL,
  currency        CHAR(3)       NOT NULL,
  base            VARCHAR(40)   NOT NULL,
  stock_grant     VARCHAR(40)   NOT NULL,
  vest_years      INTEGER       NOT NULL,
  vest_schedule   VARCHAR(200)  NOT NULL,
  bonus_pct       VARCHAR(40)   NOT NULL,
  sign_on         VARCHAR(40)   NOT NULL,
  skills          VARCHAR(2000) NOT NULL,
  competing_count INTEGER       NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  evaluated_on    VARCHAR(10)   NOT NULL,
  fingerprint     VARCHAR(100)  NOT NULL,
  script          TEXT,
  PRIMARY KEY (negotiation_id, round_no)
);

-- The competing offers the candidate held in a round, in the order given.
CREATE TABLE round_competing (
  negotiation_id  BIGINT       NOT NULL,
  round_no        INTEGER      NOT NULL,
  seq             INTEGER      NOT NULL,
  company         VARCHAR(200) NOT NULL,
  level           VARCHAR(100),
  currency        CHAR(3)      NOT NULL,
  base            VARCHAR(40)  NOT NULL,
  stock_grant     VARCHAR(40)  NOT NULL,
  vest_years      INTEGER      NOT NULL,
  vest_schedule   VARCHAR(200) NOT NULL,
  bonus_pct       VARCHAR(40),
  vesting_assumed BOOLEAN      NOT NULL,
  PRIMARY KEY (negotiation_id, round_no, seq),
  FOREIGN KEY (negotiation_id, round_no) REFERENCES negotiation_round (negotiation_id, round_no) ON DELETE CASCADE
);

-- What the candidate asked for in a round: the counter-offer of its evaluation, in the offer's currency.
CREATE TABLE round_ask (
  negotiation_id BIGINT      NOT NULL,
  round_no       INTEGER     NOT NULL,
  currency       CHAR(3)     NOT NULL,
  base           VARCHAR(40) NOT NULL,
  stock_grant    VARCHAR(40) NOT NULL,
  vest_years     INTEGER     NOT NULL,
  bonus_pct      VARCHAR(40) NOT NULL,
  sign_on        VARCHAR(40) NOT NULL,
  PRIMARY KEY (negotiation_id, round_no),
  FOREIGN KEY (negotiation_id, round_no) REFERENCES negotiation_round (negotiation_id, round_no) ON DELETE CASCADE
);

-- The round's decision: a code (counter, accept_as_offered, none; the round rules add accept, trade,
-- hold, decide) with its reason, and the numbers it rests on, each with its unit (a currency or %).
CREATE TABLE round_decision (
  negotiation_id BIGINT      NOT NULL,
  round_no       INTEGER     NOT NULL,
  code           VARCHAR(40) NOT NULL,
  reason         TEXT,
  PRIMARY KEY (negotiation_id, round_no),
  FOREIGN KEY (negotiation_id, round_no) REFERENCES negotiation_round (negotiation_id, round_no) ON DELETE CASCADE
);

CREATE TABLE round_decision_figure (
  negotiation_id BIGINT      NOT NULL,
  round_no       INTEGER     NOT NULL,
  name           VARCHAR(60) NOT NULL,
  amount         VARCHAR(40) NOT NULL,
  unit           VARCHAR(10) NOT NULL,
  PRIMARY KEY (negotiation_id, round_no, name),
  FOREIGN KEY (negotiation_id, round_no) REFERENCES round_decision (negotiation_id, round_no) ON DELETE CASCADE
);
