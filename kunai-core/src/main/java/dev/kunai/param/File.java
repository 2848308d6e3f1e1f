package dev.kunai.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds an uploaded file ({@link dev.kunai.http.UploadedFile}) from a multipart part. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface File {
    /** The wire name (alias); default: the Java parameter name. */
    String value() default "";

    /** A description for the OpenAPI document. */
    String description() default "";

    /** An example value for the OpenAPI document. */
    String example() default "";
}
