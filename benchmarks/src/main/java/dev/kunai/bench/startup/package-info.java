/** Start-up of a larger application: {@link dev.kunai.bench.startup.FiftyControllerApp}. */
package dev.kunai.bench.startup;
