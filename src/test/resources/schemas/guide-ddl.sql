-- The DDL of DATABASE.md "Database Schema", verbatim, as a person runs it with psql.
CREATE TABLE strategies (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  description TEXT,
  strategy_type VARCHAR(50) NOT NULL,
  confidence FLOAT NOT NULL,
  parameters JSONB NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  status VARCHAR(20) DEFAULT 'active'
);

CREATE INDEX idx_strategies_type ON strategies(strategy_type);
CREATE INDEX idx_strategies_created ON strategies(created_at);

CREATE TABLE backtests (
  id VARCHAR(36) PRIMARY KEY,
  strategy_id VARCHAR(36) NOT NULL REFERENCES strategies(id),
  start_date VARCHAR(10) NOT NULL,
  end_date VARCHAR(10) NOT NULL,
  initial_capital FLOAT NOT NULL,
  instruments JSONB NOT NULL,
  status VARCHAR(20) DEFAULT 'pending',
  error_message TEXT,
  metrics JSONB,
  trades JSONB,
  equity_curve JSONB,
  created_at TIMESTAMP NOT NULL,
  completed_at TIMESTAMP,
  duration_seconds FLOAT
);

CREATE INDEX idx_backtests_strategy ON backtests(strategy_id);
CREATE INDEX idx_backtests_status ON backtests(status);
CREATE INDEX idx_backtests_created ON backtests(created_at);

CREATE TABLE validations (
  id VARCHAR(36) PRIMARY KEY,
  strategy_id VARCHAR(36) NOT NULL REFERENCES strategies(id),
  start_date VARCHAR(10) NOT NULL,
  end_date VARCHAR(10) NOT NULL,
  window_size_days INTEGER NOT NULL,
  train_size_days INTEGER NOT NULL,
  initial_capital FLOAT NOT NULL,
  status VARCHAR(20) DEFAULT 'pending',
  error_message TEXT,
  windows JSONB,
  metrics JSONB,
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

CREATE INDEX idx_validations_strategy ON validations(strategy_id);
CREATE INDEX idx_validations_status ON validations(status);
CREATE INDEX idx_validations_created ON validations(created_at);

CREATE TABLE gate_results (
  id VARCHAR(36) PRIMARY KEY,
  strategy_id VARCHAR(36) NOT NULL REFERENCES strategies(id),
  gate_type VARCHAR(20) NOT NULL,
  passed BOOLEAN NOT NULL,
  timestamp TIMESTAMP NOT NULL,
  results JSONB NOT NULL,
  production_ready BOOLEAN,
  recommendation TEXT
);

CREATE INDEX idx_gate_results_strategy ON gate_results(strategy_id);
CREATE INDEX idx_gate_results_type ON gate_results(gate_type);
CREATE INDEX idx_gate_results_timestamp ON gate_results(timestamp);
