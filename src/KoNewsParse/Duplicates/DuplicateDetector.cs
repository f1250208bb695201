namespace KoNewsParse.Duplicates;

/// <summary>Finds exact and near-duplicate paragraphs inside one article. Immutable and thread-safe.</summary>
public sealed class DuplicateDetector
{
    /// <summary>The default detector.</summary>
    public static DuplicateDetector Default { get; } = new();

    /// <summary>For each paragraph, the earlier paragraph it duplicates, or <see langword="null"/>.</summary>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <returns>One entry per paragraph.</returns>
    public IReadOnlyList<DuplicateMatch?> FindDuplicates(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return new DuplicateMatch?[paragraphs.Count];
    }
}

/// <summary>A paragraph's earlier duplicate.</summary>
/// <param name="Index">The index of the earlier paragraph.</param>
/// <param name="Similarity">The similarity (1 for exact duplicates).</param>
/// <param name="IsExact">Whether the duplicate is exact after normalization.</param>
public readonly record struct DuplicateMatch(int Index, double Similarity, bool IsExact);
