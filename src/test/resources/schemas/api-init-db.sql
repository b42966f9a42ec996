-- A database as the AURELIUS API's Alembic migrations leave it (SQLAlchemy models): json columns, no named
-- indexes beyond the primary keys, an alembic_version table, columns and tables added by later revisions.
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
INSERT INTO alembic_version VALUES ('7f3a9c21b4de');

CREATE TABLE users (id SERIAL PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE, created_at TIMESTAMP);
INSERT INTO users (email, created_at) VALUES ('analyst@example.com', '2025-01-02 03:04:05');

CREATE TABLE strategies (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  description TEXT,
  strategy_type VARCHAR(50) NOT NULL,
  confidence FLOAT NOT NULL,
  parameters JSON NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  status VARCHAR(20),
  owner_id INTEGER REFERENCES users(id)
);
CREATE TABLE backtests (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  strategy_id VARCHAR(36) NOT NULL REFERENCES strategies(id),
  start_date VARCHAR(10) NOT NULL,
  end_date VARCHAR(10) NOT NULL,
  initial_capital FLOAT NOT NULL,
  instruments JSON NOT NULL,
  status VARCHAR(20),
  error_message TEXT,
  metrics JSON,
  trades JSON,
  equity_curve JSON,
  created_at TIMESTAMP NOT NULL,
  completed_at TIMESTAMP,
  duration_seconds FLOAT,
  engine_version VARCHAR(20)
);
CREATE TABLE validations (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  strategy_id VARCHAR(36) NOT NULL REFERENCES strategies(id),
  start_date VARCHAR(10) NOT NULL,
  end_date VARCHAR(10) NOT NULL,
  window_size_days INTEGER NOT NULL,
  train_size_days INTEGER NOT NULL,
  initial_capital FLOAT NOT NULL,
  status VARCHAR(20),
  error_message TEXT,
  windows JSON,
  metrics JSON,
  num_windows INTEGER,
  avg_train_sharpe FLOAT,
  avg_test_sharpe FLOAT,
  avg_degradation FLOAT,
  stability_score FLOAT,
  passed BOOLEAN,
  created_at TIMESTAMP NOT NULL,
  completed_at TIMESTAMP,
  duration_seconds FLOAT
);
CREATE TABLE gate_results (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  strategy_id VARCHAR(36) NOT NULL REFERENCES strategies(id),
  gate_type VARCHAR(20) NOT NULL,
  passed BOOLEAN NOT NULL,
  timestamp TIMESTAMP NOT NULL,
  results JSON NOT NULL,
  production_ready BOOLEAN,
  recommendation TEXT
);
CREATE TABLE orchestrator_runs (id VARCHAR(36) PRIMARY KEY, started_at TIMESTAMP, state VARCHAR(20));

INSERT INTO strategies VALUES
 ('11111111-1111-1111-1111-111111111111', 'Momentum "SPY" <b>bold</b>', E'line1\nline2\ttab', 'ts_momentum', 0.9,
  '{"lookback": 20, "vol_target": 0.15, "extra": [1, "two", null]}', '2025-01-01 10:00:00', '2025-01-02 10:00:00', 'active', 1),
 ('22222222-2222-2222-2222-222222222222', 'Пара торговли 対', NULL, 'pairs_trading', 0.7,
  '{"lookback": "n/a"}', '2025-02-01 10:00:00', '2025-02-01 10:00:00', 'archived', NULL);
INSERT INTO backtests VALUES
 ('b1111111-1111-1111-1111-111111111111', '11111111-1111-1111-1111-111111111111', '2023-01-01', '2024-01-01', 100000,
  '["SPY"]', 'completed', NULL, '{"total_return": "12.5", "sharpe_ratio": 1.4, "max_drawdown": -8.2, "run": {"id": "r1"}}',
  '[{"timestamp": "1700000000", "symbol": "SPY", "side": "buy", "quantity": "10", "price": "450.1", "commission": "1"}]',
  '[{"timestamp": 1700000000, "equity": "100000"}, {"timestamp": 1700086400, "equity": "100500.5"}]',
  '2025-01-03 10:00:00', '2025-01-03 10:01:00', 60.5, '2.1'),
 ('b2222222-2222-2222-2222-222222222222', '11111111-1111-1111-1111-111111111111', '2023-01-01', '2024-01-01', 100000,
  '{"not": "an array"}', 'failed', 'engine crashed: "division by zero"', NULL, NULL, NULL,
  '2025-01-04 10:00:00', NULL, NULL, NULL);
INSERT INTO validations VALUES
 ('v1111111-1111-1111-1111-111111111111', '11111111-1111-1111-1111-111111111111', '2022-01-01', '2024-01-01', 90, 180,
  100000, 'completed', NULL, '[{"window_id": 1, "train_sharpe": 1.2, "test_sharpe": "0.8"}]', '{"stability_score": 80}',
  1, 1.2, 0.8, 0.33, 80, true, '2025-01-05 10:00:00', '2025-01-05 10:05:00', 300);
INSERT INTO gate_results VALUES
 ('g1111111-1111-1111-1111-111111111111', '11111111-1111-1111-1111-111111111111', 'dev', true, '2025-01-06 10:00:00',
  '{"checks": [{"check_name": "no_lookahead", "passed": true}], "gate_status": "PASSED"}', NULL, NULL),
 ('g2222222-2222-2222-2222-222222222222', '11111111-1111-1111-1111-111111111111', 'product', true, '2025-01-07 10:00:00',
  '{"recommendation": "deploy"}', true, 'Deploy with 50% size');
