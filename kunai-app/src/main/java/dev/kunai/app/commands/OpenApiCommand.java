package dev.kunai.app.commands;

import dev.kunai.KunaiApi;
import dev.kunai.openapi.OpenApi;
import dev.kunai.pipeline.Dispatcher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openapi}: writes the OpenAPI document of an API to a file or standard output (sorted keys). */
@Command(name = "openapi", mixinStandardHelpOptions = true, description = "Exports the OpenAPI document.")
final class OpenApiCommand extends AppCommand implements Callable<Integer> {

    @Option(
            names = {"-o", "--output"},
            description = "the file to write (default: standard output)")
    Path output;

    @Option(names = "--compact", description = "one line instead of pretty-printed")
    boolean compact;

    @Option(names = "--prefix", description = "which API, by prefix (default: the first mounted)")
    String prefix;

    @Override
    public Integer call() {
        String wanted = prefix == null
                ? null
                : KunaiApi.builder().prefix(prefix).build().prefix();
        Dispatcher.MountedApi mounted = app.describe().stream()
                .filter(a -> wanted == null || a.api().prefix().equals(wanted))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("No API mounted" + (prefix == null ? "" : " at " + prefix)));
        // The models the server documents: features' contributors (e.g. @Paginate) and stages (401/403/429) applied.
        var document = OpenApi.generate(mounted.api(), mounted.operations());
        if (output == null) {
            System.out.println(document.toJson(!compact));
        } else {
            document.writeTo(output, !compact);
            System.out.println("Wrote " + output);
        }
        return 0;
    }
}
