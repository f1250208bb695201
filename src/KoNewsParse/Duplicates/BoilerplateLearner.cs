using System.Collections.Frozen;

namespace KoNewsParse.Duplicates;

/// <summary>Options for <see cref="BoilerplateLearner"/>. Immutable.</summary>
public sealed record BoilerplateLearnerOptions
{
    /// <summary>The default options.</summary>
    public static BoilerplateLearnerOptions Default { get; } = new();

    /// <summary>A line is learned when it occurs in at least this many distinct articles of the same source (≥ 2; default 3).</summary>
    public int MinArticles { get; init; } = 3;

    /// <summary>
    /// ... and in at least this fraction of that source's articles (0 to 1; default 0, i.e. only <see cref="MinArticles"/> counts).
    /// </summary>
    public double MinFraction { get; init; }

    /// <summary>Lines whose canonical text is shorter than this are ignored (default 2 characters).</summary>
    public int MinLength { get; init; } = 2;
}

/// <summary>
/// Learns boilerplate from a corpus: counts, per source (publisher or site), in how many distinct articles each line occurs
/// (lines compared by their canonical fingerprint, see <see cref="ParagraphFingerprint"/>), and flags the lines that recur in
/// at least <see cref="BoilerplateLearnerOptions.MinArticles"/> articles of the same source. Thread-safe: articles may be
/// added concurrently; the result depends only on the set of articles.
/// </summary>
public sealed class BoilerplateLearner
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SourceCounts> _sources = new(StringComparer.Ordinal);

    /// <summary>Creates a learner with <see cref="BoilerplateLearnerOptions.Default"/>.</summary>
    public BoilerplateLearner()
        : this(BoilerplateLearnerOptions.Default)
    {
    }

    /// <summary>Creates a learner.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public BoilerplateLearner(BoilerplateLearnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinArticles, 2, nameof(options));
        if (!(options.MinFraction >= 0 && options.MinFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinFraction, "MinFraction must be in [0, 1].");
        }

        Options = options;
    }

    /// <summary>The options.</summary>
    public BoilerplateLearnerOptions Options { get; }

    /// <summary>Counts the lines of one article.</summary>
    /// <param name="source">The article's source (publisher, site or feed).</param>
    /// <param name="lines">The article's lines or paragraphs.</param>
    public void Add(string source, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(lines);
        var distinct = new HashSet<ulong>();
        foreach (string line in lines)
        {
            ParagraphFingerprint fp = ParagraphFingerprint.Create(line);
            if (fp.Text.Length >= Options.MinLength)
            {
                distinct.Add(fp.Hash);
            }
        }

        lock (_gate)
        {
            if (!_sources.TryGetValue(source, out SourceCounts? counts))
            {
                counts = new SourceCounts();
                _sources.Add(source, counts);
            }

            counts.Articles++;
            foreach (ulong h in distinct)
            {
                counts.Lines[h] = counts.Lines.TryGetValue(h, out int n) ? n + 1 : 1;
            }
        }
    }

    /// <summary>The learned lines: per source, the fingerprints that recur often enough.</summary>
    /// <returns>An immutable snapshot.</returns>
    public LearnedBoilerplate Build()
    {
        var result = new Dictionary<string, FrozenSet<ulong>>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach ((string source, SourceCounts counts) in _sources)
            {
                int needed = Math.Max(Options.MinArticles, (int)Math.Ceiling((Options.MinFraction * counts.Articles) - 1e-9));
                var learned = new List<ulong>();
                foreach ((ulong h, int n) in counts.Lines)
                {
                    if (n >= needed)
                    {
                        learned.Add(h);
                    }
                }

                if (learned.Count > 0)
                {
                    result.Add(source, learned.ToFrozenSet());
                }
            }
        }

        return new LearnedBoilerplate(result.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A detector with the built-in rules plus the learned lines.</summary>
    /// <param name="options">Base detector options (its <see cref="BoilerplateDetectorOptions.Learned"/> is replaced), or <see langword="null"/> for the defaults.</param>
    /// <returns>The detector.</returns>
    public BoilerplateDetector BuildDetector(BoilerplateDetectorOptions? options = null) =>
        new((options ?? BoilerplateDetectorOptions.Default) with { Learned = Build() });

    private sealed class SourceCounts
    {
        public int Articles { get; set; }

        public Dictionary<ulong, int> Lines { get; } = [];
    }
}

/// <summary>Boilerplate lines learned from a corpus, per source. Immutable and thread-safe.</summary>
public sealed class LearnedBoilerplate
{
    private readonly FrozenDictionary<string, FrozenSet<ulong>> _bySource;
    private readonly FrozenSet<ulong> _any;

    internal LearnedBoilerplate(FrozenDictionary<string, FrozenSet<ulong>> bySource)
    {
        _bySource = bySource;
        var any = new HashSet<ulong>();
        foreach (FrozenSet<ulong> set in bySource.Values)
        {
            any.UnionWith(set);
        }

        _any = any.ToFrozenSet();
    }

    /// <summary>The sources that have learned lines.</summary>
    public IReadOnlyCollection<string> Sources => _bySource.Keys;

    /// <summary>The number of learned lines over all sources.</summary>
    public int Count => _any.Count;

    /// <summary>Whether <paramref name="line"/> was learned as boilerplate.</summary>
    /// <param name="line">The line.</param>
    /// <param name="source">The source to look in, or <see langword="null"/> for any source.</param>
    /// <returns><see langword="true"/> when learned.</returns>
    public bool Contains(ReadOnlySpan<char> line, string? source = null)
    {
        ulong h = ParagraphFingerprint.ComputeHash(line);
        if (h == 0)
        {
            return false;
        }

        if (source is null)
        {
            return _any.Contains(h);
        }

        return _bySource.TryGetValue(source, out FrozenSet<ulong>? set) && set.Contains(h);
    }
}
