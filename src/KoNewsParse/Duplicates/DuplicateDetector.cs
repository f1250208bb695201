namespace KoNewsParse.Duplicates;

/// <summary>Options for <see cref="DuplicateDetector"/>. Immutable.</summary>
public sealed record DuplicateDetectorOptions
{
    /// <summary>The default options (containment threshold 0.8).</summary>
    public static DuplicateDetectorOptions Default { get; } = new();

    /// <summary>The minimum containment of a paragraph's shingles in an earlier paragraph for a near duplicate (0 &lt; value ≤ 1).</summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>Whether near duplicates are reported (exact duplicates always are).</summary>
    public bool DetectNearDuplicates { get; init; } = true;

    /// <summary>The minimum canonical length (characters) of a paragraph for near-duplicate matching.</summary>
    public int MinNearDuplicateLength { get; init; } = 20;
}

/// <summary>
/// Finds exact and near-duplicate paragraphs inside one article: every paragraph after the first occurrence gets the match
/// to the FIRST (earliest) paragraph it duplicates. Near duplicates use the same definition as <see cref="DuplicateIndex"/>
/// (containment of character 5-gram shingles of the canonical text ≥ the threshold) but every earlier paragraph is checked
/// exactly, so no sketch is involved (inputs of more than 400 paragraphs go through <see cref="DuplicateIndex"/>'s LSH
/// instead, to stay linear). Immutable and thread-safe.
/// </summary>
public sealed class DuplicateDetector
{
    private const int IndexThreshold = 400;

    /// <summary>The default detector.</summary>
    public static DuplicateDetector Default { get; } = new();

    /// <summary>Creates a detector with <see cref="DuplicateDetectorOptions.Default"/>.</summary>
    public DuplicateDetector()
        : this(DuplicateDetectorOptions.Default)
    {
    }

    /// <summary>Creates a detector.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DuplicateDetector(DuplicateDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.Threshold > 0 && options.Threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Threshold, "The threshold must be in (0, 1].");
        }

        if (options.MinNearDuplicateLength < ParagraphFingerprint.ShingleLength)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinNearDuplicateLength, "Must be at least 5.");
        }

        Options = options;
    }

    /// <summary>The options.</summary>
    public DuplicateDetectorOptions Options { get; }

    /// <summary>For each paragraph, the earliest earlier paragraph it duplicates, or <see langword="null"/>.</summary>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <returns>One entry per paragraph.</returns>
    public IReadOnlyList<DuplicateMatch?> FindDuplicates(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        int n = paragraphs.Count;
        var result = new DuplicateMatch?[n];
        if (n < 2)
        {
            return result;
        }

        if (n > IndexThreshold && Options.DetectNearDuplicates)
        {
            return FindWithIndex(paragraphs);
        }

        var fps = new ParagraphFingerprint[n];
        var first = new Dictionary<ulong, int>(n);
        var shingles = new UInt128[]?[n];
        for (int i = 0; i < n; i++)
        {
            ParagraphFingerprint fp = fps[i] = ParagraphFingerprint.Create(paragraphs[i]);
            if (fp.IsEmpty)
            {
                continue;
            }

            int exactAt = -1;
            if (first.TryGetValue(fp.Hash, out int j) && fps[j].Text == fp.Text)
            {
                exactAt = j;
            }
            else
            {
                first.TryAdd(fp.Hash, i);
            }

            DuplicateMatch? match = exactAt >= 0 ? new DuplicateMatch(exactAt, 1.0, true) : null;
            if (Options.DetectNearDuplicates && fp.Text.Length >= Options.MinNearDuplicateLength)
            {
                UInt128[] mine = shingles[i] ??= ParagraphFingerprint.Shingles(fp.Text);
                int needed = DuplicateIndex.NeededCount(Options.Threshold, mine.Length);
                int limit = exactAt >= 0 ? exactAt : i;
                for (int k = 0; k < limit; k++)
                {
                    ParagraphFingerprint q = fps[k];
                    if (q.Text.Length < Options.MinNearDuplicateLength || q.ShingleCount < needed)
                    {
                        continue;
                    }

                    UInt128[] theirs = shingles[k] ??= ParagraphFingerprint.Shingles(q.Text);
                    int common = ParagraphFingerprint.IntersectionCount(mine, theirs, needed);
                    if (common >= needed)
                    {
                        bool exact = q.Hash == fp.Hash && q.Text == fp.Text;
                        match = new DuplicateMatch(k, exact ? 1.0 : (double)common / mine.Length, exact);
                        break;
                    }
                }
            }

            result[i] = match;
        }

        return result;
    }

    private DuplicateMatch?[] FindWithIndex(IReadOnlyList<string> paragraphs)
    {
        var index = new DuplicateIndex(new DuplicateIndexOptions
        {
            Threshold = Options.Threshold,
            MinNearDuplicateLength = Options.MinNearDuplicateLength,
        });
        IReadOnlyList<ParagraphDuplicate?> found = index.Add("article", paragraphs);
        var result = new DuplicateMatch?[found.Count];
        for (int i = 0; i < result.Length; i++)
        {
            if (found[i] is { } d)
            {
                result[i] = new DuplicateMatch(d.Index, d.Similarity, d.IsExact);
            }
        }

        return result;
    }
}

/// <summary>A paragraph's earlier duplicate.</summary>
/// <param name="Index">The index of the earlier paragraph.</param>
/// <param name="Similarity">The similarity (1 for exact duplicates).</param>
/// <param name="IsExact">Whether the duplicate is exact after normalization.</param>
public readonly record struct DuplicateMatch(int Index, double Similarity, bool IsExact);
