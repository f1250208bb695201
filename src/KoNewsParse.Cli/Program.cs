namespace KoNewsParse.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        using Stream stdin = Console.OpenStandardInput();
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        try
        {
            return KonewsApp.Run(args, stdin, stdout, Console.Error, progressAllowed: !Console.IsErrorRedirected);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
