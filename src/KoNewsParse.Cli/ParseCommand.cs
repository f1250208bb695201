using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KoNewsParse.Articles;
using KoNewsParse.ML.Boilerplate;
using Spectre.Console;

namespace KoNewsParse.Cli;

/// <summary><c>konews parse</c>: one JSON object per article, one per line.</summary>
internal static class ParseCommand
{
    /// <summary>From this many inputs on, a progress bar is shown on stderr when it is a terminal.</summary>
    public const int ProgressThreshold = 8;

    private const string HelpText = """
        Parse Korean news articles and write one JSON object per article per line (JSONL, UTF-8, camelCase):
          {"source", "published" (ISO 8601, +09:00) | null, "modified" | null, "referenceDate" (YYYY-MM-DD) | null,
           "byline": {"name", "email"} | null,
           "paragraphs": [{"index", "offset", "text", "boilerplate", "duplicateOf"}],
           "money":      [{"paragraph", "offset", "length", "text", "amount", "currency", "min", "max", "approximate", "equivalent"} (+ "qualifier", "minExclusive", "maxExclusive" when present)],
           "quantities": [{"paragraph", "offset", "length", "text", "value", "unit", "approximate"}],
           "dates":      [{"paragraph", "offset", "length", "text", "start", "end", "granularity"} (+ "kind": "range"|"duration", "duration", "time" when present)],
           "companies":  [{"paragraph", "offset", "length", "text", "name", "code", "market", "group"}]}
        Offsets are UTF-16 code units of the normalized article text; amounts are exact decimals; date ends are inclusive.
        Relative dates resolve against --reference-date, else the article's published date.
        --boilerplate-model adds the ML.NET classifier's vote to the rule-based boilerplate flags.
        Exit codes: 0 all inputs parsed, 1 usage error, 2 an input was missing, unreadable, binary or not UTF-8 (the others are still written).
        """;

    public static Command Create(Stream stdin, TextWriter stdout, TextWriter stderr, bool progressAllowed)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Article files (UTF-8 text); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var referenceDate = new Option<string?>("--reference-date")
        {
            Description = "Resolve relative dates against this date (YYYY-MM-DD) instead of the dateline.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (atomically: all or nothing) instead of standard output.",
        };
        var pretty = new Option<bool>("--pretty")
        {
            Description = "Indent the JSON (one object per article, no longer one per line).",
        };

        var model = new Option<string?>("--boilerplate-model")
        {
            Description = "Also flag boilerplate with the ML.NET paragraph classifier: 'default' for the shipped model, or a model .zip from 'konews train-boilerplate'.",
        };

        var command = new Command("parse", HelpText) { files, referenceDate, output, pretty, model };
        command.SetAction(parseResult =>
        {
            string[] inputs = parseResult.GetValue(files) ?? [];
            string? refText = parseResult.GetValue(referenceDate);
            DateOnly? reference = null;
            if (refText is not null)
            {
                if (!DateOnly.TryParseExact(refText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
                {
                    stderr.WriteLine($"konews: --reference-date '{refText}' is not a date in the form YYYY-MM-DD");
                    return KonewsApp.ExitUsage;
                }

                reference = d;
            }

            IParagraphClassifier? classifier = null;
            if (parseResult.GetValue(model) is { } modelPath)
            {
                try
                {
                    classifier = modelPath == "default" ? BoilerplateClassifier.Default : BoilerplateClassifier.Load(modelPath);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or ArgumentException)
                {
                    stderr.WriteLine($"konews: {modelPath}: cannot load the boilerplate model: {ex.Message}");
                    return KonewsApp.ExitInputError;
                }
            }

            var options = ArticleParserOptions.Default with { ReferenceDate = reference, ParagraphClassifier = classifier };
            return Execute(inputs, options, parseResult.GetValue(output), parseResult.GetValue(pretty), stdin, stdout, stderr, progressAllowed);
        });
        return command;
    }

    public static int Execute(
        IReadOnlyList<string> inputs,
        ArticleParserOptions options,
        string? outputPath,
        bool pretty,
        Stream stdin,
        TextWriter stdout,
        TextWriter stderr,
        bool progressAllowed)
    {
        if (inputs.Count == 0)
        {
            inputs = ["-"];
        }

        var parser = new ArticleParser(options);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        int exit = KonewsApp.ExitOk;

        void ProcessOne(string input)
        {
            if (!InputReader.TryRead(input, stdin, out string? text, out string? error))
            {
                stderr.WriteLine($"konews: {input}: {error}");
                exit = KonewsApp.ExitInputError;
                return;
            }

            ParsedArticle article = parser.Parse(text);
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty, Encoder = JsonOutput.Encoder });
            ArticleJsonWriter.Write(writer, article, input);
            writer.Flush();
            buffer.Write("\n"u8);
        }

        if (progressAllowed && inputs.Count >= ProgressThreshold)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            console.Progress().Start(ctx =>
            {
                ProgressTask task = ctx.AddTask("parsing", maxValue: inputs.Count);
                foreach (string input in inputs)
                {
                    ProcessOne(input);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (string input in inputs)
            {
                ProcessOne(input);
            }
        }

        if (outputPath is null)
        {
            stdout.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            stdout.Flush();
            return exit;
        }

        if (!AtomicFile.TryWrite(outputPath, buffer.WrittenSpan, out string? writeError))
        {
            stderr.WriteLine($"konews: {outputPath}: cannot write output: {writeError}");
            return KonewsApp.ExitInputError;
        }

        return exit;
    }
}
