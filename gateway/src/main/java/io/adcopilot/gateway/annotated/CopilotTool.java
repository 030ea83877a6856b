package io.adcopilot.gateway.annotated;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a tool that lives in the copilot itself. The method takes the {@code Principal} and one record
 * of arguments, and returns a record (or a {@code JsonNode}); the schemas come from the records.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CopilotTool {
    String name();

    String title();

    String descriptionEn();

    String descriptionZh();

    /** Example requests the tool serves. */
    String[] examples() default {};

    /** Writes go through preview and confirmation like the platform's. */
    boolean write() default false;
}
