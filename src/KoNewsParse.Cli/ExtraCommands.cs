using System.CommandLine;

namespace KoNewsParse.Cli;

/// <summary>Corpus-level commands: <c>dedup</c> and <c>train-boilerplate</c>.</summary>
internal static class ExtraCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr, bool progressAllowed)
    {
        yield return CreateDedup(stdout, stderr, progressAllowed);
        yield return CreateTrainBoilerplate(stdout, stderr);
    }

    private static Command CreateTrainBoilerplate(TextWriter stdout, TextWriter stderr)
    {
        var data = new Argument<string>("DATA")
        {
            Description = "Labelled paragraphs: a TSV file with lines 'label<TAB>text', label body or boilerplate.",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the trained model (.zip, written atomically).",
            Required = true,
        };
        var command = new Command(
            "train-boilerplate",
            """
            Retrain the body-vs-boilerplate paragraph classifier of KoNewsParse.ML from your own labelled data,
            print held-out precision/recall/F1 and write the model. Use it with
            BoilerplateClassifier.Load(path) and ArticleParserOptions.ParagraphClassifier.
            Exit codes: 0 ok, 1 usage error, 2 the data could not be read or is malformed.
            """)
        {
            data,
            output,
        };
        command.SetAction(parseResult =>
            TrainBoilerplateRunner.Run(parseResult.GetValue(data)!, parseResult.GetValue(output)!, stdout, stderr));
        return command;
    }

    private static Command CreateDedup(TextWriter stdout, TextWriter stderr, bool progressAllowed)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Article files (UTF-8 text, one article per file, paragraphs = non-empty lines).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(
            "dedup",
            """
            Report duplicate paragraphs and near-duplicate articles across a corpus, as JSONL on stdout:
              {"type":"paragraph","file","index","duplicateOfFile","duplicateOfIndex","similarity","exact"}
              {"type":"document","file","duplicateOfFile","similarity"}
            Exit codes: 0 ok, 1 usage error, 2 an input could not be read (the others are still processed).
            """)
        {
            files,
        };
        command.SetAction(parseResult =>
            DedupRunner.Run(parseResult.GetValue(files) ?? [], stdout, stderr, progressAllowed));
        return command;
    }
}
