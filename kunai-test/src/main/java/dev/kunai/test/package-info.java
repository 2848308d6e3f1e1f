/**
 * JUnit 5 support: {@link dev.kunai.test.KunaiTest} runs a test class against an application, injecting a
 * {@link dev.kunai.testing.TestClient} and a {@link dev.kunai.data.db.Db} on a test database emptied after each test.
 */
package dev.kunai.test;
