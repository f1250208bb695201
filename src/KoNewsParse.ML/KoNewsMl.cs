namespace KoNewsParse.ML;

/// <summary>Entry point of the ML.NET integration (filled in by the ML work).</summary>
public static class KoNewsMl
{
    /// <summary>The package's name.</summary>
    public const string PackageName = "KoNewsParse.ML";
}
