package io.adcopilot.sandbox.catalog;

import java.util.List;

/** The values of the audience dimensions every report row is broken down by. */
public final class Dimensions {
    public static final List<String> REGIONS = List.of("北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东",
            "河南", "福建", "湖南", "陕西", "重庆", "天津", "安徽", "辽宁");
    public static final List<String> DEVICES = List.of("ios", "android", "pc");
    public static final List<String> GENDERS = List.of("male", "female");
    public static final List<String> AGES = List.of("18-23", "24-30", "31-40", "41-49", "50+");

    public static final List<String> STATUSES = List.of("active", "paused");
    public static final List<String> REVIEW_STATUSES = List.of("approved", "pending", "rejected");

    private Dimensions() {}
}
