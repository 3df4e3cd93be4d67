-- One single-offer evaluation per request, for wrk against `offer-eval serve`:
--   wrk -t2 -c16 -d20s --latency -s docs/perf/wrk-one-offer.lua http://127.0.0.1:8080/api/evaluations
-- The offer is the seed example of README's "One offer" (Twilio Data Engineer L2, a Snowflake
-- competing offer).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"offer_id": "seed-example", "company": "Twilio", "role": "Data Engineer", "level": "L2", "region": "san-francisco", "base": 170000, "stock_grant": "160000", "bonus_pct": 10, "skills": ["cdp", "kafka", "flink", "feature-store"], "competing": [{"company": "Snowflake", "level": "IC2", "base": 195000, "stock_grant": "$230,000"}]}'
