package io.adcopilot.sandbox.store;

import java.util.List;

/** The platform's tables. */
final class Schema {

    private static final String FACT_COLUMNS = """
            (date DATE NOT NULL, advertiser_id VARCHAR NOT NULL, campaign_id VARCHAR NOT NULL,
             ad_group_id VARCHAR NOT NULL, creative_id VARCHAR NOT NULL, region VARCHAR NOT NULL,
             device VARCHAR NOT NULL, gender VARCHAR NOT NULL, age VARCHAR NOT NULL,
             impressions BIGINT NOT NULL, clicks BIGINT NOT NULL, cost DECIMAL(14,2) NOT NULL,
             conversions BIGINT NOT NULL, revenue DECIMAL(14,2) NOT NULL)""";

    static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS advertisers (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,
              industry VARCHAR NOT NULL, currency VARCHAR NOT NULL, timezone VARCHAR NOT NULL,
              balance DECIMAL(14,2) NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS campaigns (id VARCHAR PRIMARY KEY, advertiser_id VARCHAR NOT NULL,
              name VARCHAR NOT NULL, objective VARCHAR NOT NULL, status VARCHAR NOT NULL,
              daily_budget DECIMAL(14,2) NOT NULL, version BIGINT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS ad_groups (id VARCHAR PRIMARY KEY, advertiser_id VARCHAR NOT NULL,
              campaign_id VARCHAR NOT NULL, name VARCHAR NOT NULL, bid_type VARCHAR NOT NULL,
              bid DECIMAL(10,2) NOT NULL, status VARCHAR NOT NULL, target_region VARCHAR[] NOT NULL,
              target_device VARCHAR[] NOT NULL, target_gender VARCHAR[] NOT NULL, target_age VARCHAR[] NOT NULL,
              version BIGINT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS creatives (id VARCHAR PRIMARY KEY, advertiser_id VARCHAR NOT NULL,
              campaign_id VARCHAR NOT NULL, ad_group_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
              format VARCHAR NOT NULL, status VARCHAR NOT NULL, review_status VARCHAR NOT NULL,
              version BIGINT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS entity_changes (entity_id VARCHAR NOT NULL, field VARCHAR NOT NULL,
              value VARCHAR NOT NULL, changed_at TIMESTAMPTZ NOT NULL)""",
            "CREATE TABLE IF NOT EXISTS facts " + FACT_COLUMNS,
            "CREATE TABLE IF NOT EXISTS facts_today " + FACT_COLUMNS,
            "CREATE OR REPLACE VIEW facts_all AS SELECT * FROM facts UNION ALL SELECT * FROM facts_today",
            "CREATE TABLE IF NOT EXISTS platform_state (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");

    private Schema() {}
}
