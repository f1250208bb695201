namespace KoNewsParse.Tests;

/// <summary>Finds the repository root (the folder holding KoNewsParse.sln) from the test binary's location.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "KoNewsParse.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("KoNewsParse.sln not found above " + AppContext.BaseDirectory);
    }
}
