/**
 * Redis-backed stores shared by every instance of an application (Lettuce): the throttle store and, with kunai-auth
 * present, the session store. See {@code docs/architecture.md#modules}.
 */
// "requires-automatic", "requires-transitive-automatic": Lettuce names itself in its manifest (lettuce.core).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.kunai.redis {
    requires transitive dev.kunai.core;
    requires transitive lettuce.core;
    requires static dev.kunai.auth;
    requires org.slf4j;

    exports dev.kunai.redis;
}
