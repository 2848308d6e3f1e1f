package dev.kunai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Java names derived from project and app names. */
class NamesTest {

    @Test
    void classNamesTitlesAndModels() {
        assertThat(Names.className("mysite")).isEqualTo("Mysite");
        assertThat(Names.className("my_site")).isEqualTo("MySite");
        assertThat(Names.title("my_site")).isEqualTo("My Site");
        assertThat(Names.model("notes")).isEqualTo("Note");
        assertThat(Names.model("categories")).isEqualTo("Category");
        assertThat(Names.model("boxes")).isEqualTo("Box");
        assertThat(Names.model("addresses")).isEqualTo("Address");
        assertThat(Names.model("status")).isEqualTo("Status");
        assertThat(Names.model("inventory")).isEqualTo("Inventory");
        assertThat(Names.model("blog_posts")).isEqualTo("BlogPost");
        assertThat(Names.packageSegment("MySite")).isEqualTo("mysite");
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> Names.requireName("app", "new")).hasMessageContaining("not a valid app name");
        assertThatThrownBy(() -> Names.requireName("app", "_x")).isInstanceOf(CliException.class);
        assertThatThrownBy(() -> Names.requireModel("note")).hasMessageContaining("not a valid model class name");
        assertThatThrownBy(() -> Names.requireModel("Db")).hasMessageContaining("clashes");
        assertThatThrownBy(() -> Names.requirePackage("com..x")).hasMessageContaining("not a valid Java package name");
        assertThat(Names.requirePackage("org.acme.shop")).isEqualTo("org.acme.shop");
    }
}
