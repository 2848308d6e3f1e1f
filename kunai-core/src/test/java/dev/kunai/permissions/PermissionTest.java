package dev.kunai.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.http.RequestContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionTest {

    /** Records that it was asked, and answers a fixed value. */
    record Probe(String name, boolean answer, List<String> asked) implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            asked.add(name);
            return answer;
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            asked.add(name + "(obj)");
            return answer;
        }

        @Override
        public String message() {
            return name + " says no";
        }
    }

    @Test
    void builtInsDecideByPrincipalAndMethod() {
        RequestContext anonymousGet = Contexts.anonymous("GET");
        RequestContext anonymousPost = Contexts.anonymous("POST");
        RequestContext userPost = Contexts.authenticated("POST", "ann");

        assertThat(new AllowAny().hasPermission(anonymousPost)).isTrue();
        assertThat(new IsAuthenticated().hasPermission(anonymousGet)).isFalse();
        assertThat(new IsAuthenticated().hasPermission(userPost)).isTrue();
        assertThat(new IsAuthenticatedOrReadOnly().hasPermission(anonymousGet)).isTrue();
        assertThat(new IsAuthenticatedOrReadOnly().hasPermission(Contexts.anonymous("HEAD")))
                .isTrue();
        assertThat(new IsAuthenticatedOrReadOnly().hasPermission(anonymousPost)).isFalse();
        assertThat(new IsAuthenticatedOrReadOnly().hasPermission(userPost)).isTrue();
    }

    @Test
    void andStopsAtTheFirstDenial() {
        List<String> asked = new ArrayList<>();
        Permission both = new Probe("a", false, asked).and(new Probe("b", true, asked));

        assertThat(both.hasPermission(Contexts.anonymous("GET"))).isFalse();
        assertThat(asked).containsExactly("a");
    }

    @Test
    void orStopsAtTheFirstAllowance() {
        List<String> asked = new ArrayList<>();
        Permission either = new Probe("a", true, asked).or(new Probe("b", false, asked));

        assertThat(either.hasPermission(Contexts.anonymous("GET"))).isTrue();
        assertThat(asked).containsExactly("a");

        asked.clear();
        Permission neither = Permission.anyOf(new Probe("a", false, asked), new Probe("b", false, asked));
        assertThat(neither.hasPermission(Contexts.anonymous("GET"))).isFalse();
        assertThat(asked).containsExactly("a", "b");
    }

    @Test
    void notInvertsRequestAndObjectChecks() {
        Permission anonymousOnly = Permission.not(new IsAuthenticated());
        assertThat(anonymousOnly.hasPermission(Contexts.anonymous("GET"))).isTrue();
        assertThat(anonymousOnly.hasPermission(Contexts.authenticated("GET", "ann")))
                .isFalse();

        List<String> asked = new ArrayList<>();
        assertThat(Permission.not(new Probe("a", true, asked)).hasObjectPermission(Contexts.anonymous("GET"), "x"))
                .isFalse();
    }

    @Test
    void orOnObjectsNeedsOneSideToAllowBothTheRequestAndTheObject() {
        // DRF 3.14's rule: (a.has_permission and a.has_object_permission) or (b.has_permission and ...)
        Permission requestOnly = new Permission() {
            @Override
            public boolean hasPermission(RequestContext context) {
                return true;
            }

            @Override
            public boolean hasObjectPermission(RequestContext context, Object object) {
                return false;
            }
        };
        Permission objectOnly = new Permission() {
            @Override
            public boolean hasPermission(RequestContext context) {
                return false;
            }
        };
        assertThat(requestOnly.or(objectOnly).hasObjectPermission(Contexts.anonymous("GET"), "x"))
                .isFalse();
    }

    @Test
    void compositionsRejectEmptyAndNull() {
        assertThatThrownBy(Permission::allOf).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Permission.anyOf(new AllowAny(), null)).isInstanceOf(NullPointerException.class);
    }
}
