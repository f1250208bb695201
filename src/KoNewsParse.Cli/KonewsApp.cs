namespace KoNewsParse.Cli;

internal static class KonewsApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine("konews (under construction)");
        return 0;
    }
}
