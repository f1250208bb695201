using System.CommandLine;

namespace KoNewsParse.Cli;

/// <summary>Commands contributed by the capability packages (dedup, train-boilerplate).</summary>
internal static partial class ExtraCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr, bool progressAllowed)
    {
        _ = stdout;
        _ = stderr;
        _ = progressAllowed;
        return [];
    }
}
