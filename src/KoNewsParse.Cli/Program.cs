namespace KoNewsParse.Cli;

internal static class Program
{
    public static int Main(string[] args) => KonewsApp.Run(args, Console.In, Console.Out, Console.Error);
}
