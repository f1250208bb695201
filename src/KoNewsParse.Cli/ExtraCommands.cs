using System.CommandLine;

namespace KoNewsParse.Cli;

/// <summary>Corpus-level commands: <c>dedup</c> and <c>train-boilerplate</c>.</summary>
internal static class ExtraCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr, bool progressAllowed)
    {
        yield return CreateDedup(stdout, stderr, progressAllowed);
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
