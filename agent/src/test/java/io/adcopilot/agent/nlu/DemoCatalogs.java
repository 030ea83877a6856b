package io.adcopilot.agent.nlu;

import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.sandbox.catalog.Catalog;
import io.adcopilot.sandbox.catalog.DemoSeed;
import java.util.ArrayList;
import java.util.List;

/** The demo advertisers' entity catalogs, straight from the platform's seed (tests only). */
public final class DemoCatalogs {

    private static final Catalog CATALOG = DemoSeed.load().catalog();

    private DemoCatalogs() {}

    public static EntityCatalog of(String advertiserId) {
        List<Entity> out = new ArrayList<>();
        CATALOG.campaigns().stream().filter(c -> c.advertiserId().equals(advertiserId))
                .forEach(c -> out.add(new Entity(c.id(), c.name(), "campaign")));
        CATALOG.adGroups().stream().filter(g -> g.advertiserId().equals(advertiserId))
                .forEach(g -> out.add(new Entity(g.id(), g.name(), "ad_group")));
        CATALOG.creatives().stream().filter(c -> c.advertiserId().equals(advertiserId))
                .forEach(c -> out.add(new Entity(c.id(), c.name(), "creative")));
        return new EntityCatalog(out);
    }
}
