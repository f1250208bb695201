using System.CommandLine;
using System.Globalization;
using System.Reflection;

namespace KoNewsParse.Cli;

/// <summary>The <c>konews</c> command line: commands, options and exit codes.</summary>
internal static class KonewsApp
{
    /// <summary>Every input was processed.</summary>
    public const int ExitOk = 0;

    /// <summary>The command line itself was wrong (unknown option, bad date).</summary>
    public const int ExitUsage = 1;

    /// <summary>At least one input could not be read or decoded; the others were still processed.</summary>
    public const int ExitInputError = 2;

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, bool progressAllowed = false)
    {
        RootCommand root = BuildRoot(stdin, stdout, stderr, progressAllowed);
        ParseResult result = root.Parse(args);
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    public static string Version =>
        typeof(KonewsApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(KonewsApp).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    private static RootCommand BuildRoot(Stream stdin, TextWriter stdout, TextWriter stderr, bool progressAllowed)
    {
        var root = new RootCommand("konews: Korean financial news to structured JSON (money, dates, companies, duplicates, boilerplate).");
        root.Subcommands.Add(ParseCommand.Create(stdin, stdout, stderr, progressAllowed));
        root.Subcommands.Add(BuildVersion(stdout));
        foreach (Command extra in ExtraCommands.Create(stdout, stderr, progressAllowed))
        {
            root.Subcommands.Add(extra);
        }

        return root;
    }

    private static Command BuildVersion(TextWriter stdout)
    {
        var version = new Command("version", "Print the konews and library versions.");
        version.SetAction(_ =>
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"konews {Version}"));
            return ExitOk;
        });
        return version;
    }
}
