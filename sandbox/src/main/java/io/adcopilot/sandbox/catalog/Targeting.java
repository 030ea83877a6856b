package io.adcopilot.sandbox.catalog;

import java.util.List;

/** The audience an ad group may reach; an empty list means no restriction on that dimension. */
public record Targeting(List<String> region, List<String> device, List<String> gender, List<String> age) {

    public static final Targeting EVERYONE = new Targeting(List.of(), List.of(), List.of(), List.of());

    public Targeting {
        region = List.copyOf(region);
        device = List.copyOf(device);
        gender = List.copyOf(gender);
        age = List.copyOf(age);
    }

    public boolean allows(String region, String device, String gender, String age) {
        return allows(this.region, region) && allows(this.device, device)
                && allows(this.gender, gender) && allows(this.age, age);
    }

    private static boolean allows(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }
}
