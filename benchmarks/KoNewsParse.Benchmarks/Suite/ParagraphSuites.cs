using BenchmarkDotNet.Attributes;
using KoNewsParse.Articles;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Benchmarks.Suite;

/// <summary>
/// Exact duplicate paragraphs. Headline (<c>KoNewsParse</c>): every article added to a fresh corpus-wide
/// <see cref="DuplicateIndex"/> with near-duplicate detection off (the exact hash table only), as a deduplicating ingest
/// would. <c>InArticle</c>: <see cref="DuplicateDetector"/> with near duplicates off, article by article. 1× and 10×.
/// </summary>
[Throughput(ItemKind.Paragraphs)]
public class ExactDuplicates
{
    private static readonly DuplicateIndexOptions IndexOptions = new() { DetectNearDuplicates = false };
    private static readonly DuplicateDetector Detector = new(new DuplicateDetectorOptions { DetectNearDuplicates = false });
    private IReadOnlyList<string[]> _articles = [];
    private string[] _ids = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsCorpus.Get(Size).ArticleParagraphs;
        _ids = DuplicateWorkloads.Ids(_articles.Count);
    }

    /// <summary>The library: corpus-wide exact index.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => DuplicateWorkloads.Index(IndexOptions, _ids, _articles, exact: true);

    /// <summary>The library: in-article detector, exact only.</summary>
    [Benchmark]
    public int InArticle() => DuplicateWorkloads.InArticle(Detector, _articles, exact: true);
}

/// <summary>
/// Near-duplicate paragraphs. Headline (<c>KoNewsParse</c>): every article added to a fresh corpus-wide
/// <see cref="DuplicateIndex"/> with default options (MinHash LSH candidates, verified on exact shingle sets).
/// <c>InArticle</c>: <see cref="DuplicateDetector.Default"/>, article by article. 1× and 10×. More warm-up than the other
/// classes: one operation is a whole corpus (tens to hundreds of milliseconds), and the runtime needs about a second of such
/// operations before the index's code is fully optimized (tiered compilation), which 3 short warm-ups do not give.
/// </summary>
[Throughput(ItemKind.Paragraphs)]
[WarmupCount(10)]
[IterationCount(5)]
public class NearDuplicates
{
    private IReadOnlyList<string[]> _articles = [];
    private string[] _ids = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsCorpus.Get(Size).ArticleParagraphs;
        _ids = DuplicateWorkloads.Ids(_articles.Count);
    }

    /// <summary>The library: corpus-wide index with near duplicates.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => DuplicateWorkloads.Index(DuplicateIndexOptions.Default, _ids, _articles, exact: false);

    /// <summary>The library: in-article detector with near duplicates.</summary>
    [Benchmark]
    public int InArticle() => DuplicateWorkloads.InArticle(DuplicateDetector.Default, _articles, exact: false);
}

/// <summary>Boilerplate: <see cref="BoilerplateDetector.ClassifyAll"/> on every article (headline) and
/// <see cref="BoilerplateDetector.IsBoilerplate"/> line by line, 1× and 10×.</summary>
[Throughput(ItemKind.Paragraphs)]
public class BoilerplateScan
{
    private IReadOnlyList<string[]> _articles = [];
    private IReadOnlyList<string> _paragraphs = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsCorpus.Get(Size).ArticleParagraphs;
        _paragraphs = NewsCorpus.Get(Size).Paragraphs;
    }

    /// <summary>The library: every article's lines with context rules.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse()
    {
        int found = 0;
        foreach (string[] lines in _articles)
        {
            foreach (BoilerplateKind kind in BoilerplateDetector.Default.ClassifyAll(lines))
            {
                found += kind == BoilerplateKind.None ? 0 : 1;
            }
        }

        return found;
    }

    /// <summary>The library: each line on its own.</summary>
    [Benchmark]
    public int PerLine()
    {
        int found = 0;
        foreach (string p in _paragraphs)
        {
            found += BoilerplateDetector.Default.IsBoilerplate(p) ? 1 : 0;
        }

        return found;
    }
}

/// <summary>The duplicate workloads shared by the benchmarks and the smoke guard.</summary>
public static class DuplicateWorkloads
{
    /// <summary>Sortable document ids (arrival order = id order, so streaming answers are final).</summary>
    public static string[] Ids(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Adds every article to a fresh index; counts exact (or near) duplicate paragraphs.</summary>
    public static int Index(DuplicateIndexOptions options, string[] ids, IReadOnlyList<string[]> articles, bool exact)
    {
        var index = new DuplicateIndex(options);
        int found = 0;
        for (int i = 0; i < articles.Count; i++)
        {
            foreach (ParagraphDuplicate? d in index.Add(ids[i], articles[i]))
            {
                found += d is { } m && m.IsExact == exact ? 1 : 0;
            }
        }

        return found;
    }

    /// <summary>Adds every article to a fresh index and counts the exact and the near duplicate paragraphs reported.</summary>
    public static (DuplicateIndex Index, int Exact, int Near) IndexAndCount(
        DuplicateIndexOptions options, IReadOnlyList<string> ids, IReadOnlyList<string[]> articles, int expectedParagraphs = 0)
    {
        var index = new DuplicateIndex(options, expectedParagraphs);
        int exact = 0, near = 0;
        for (int i = 0; i < articles.Count; i++)
        {
            foreach (ParagraphDuplicate? d in index.Add(ids[i], articles[i]))
            {
                exact += d is { IsExact: true } ? 1 : 0;
                near += d is { IsExact: false } ? 1 : 0;
            }
        }

        return (index, exact, near);
    }

    /// <summary>Runs the in-article detector on every article; counts exact (or near) duplicate paragraphs.</summary>
    public static int InArticle(DuplicateDetector detector, IReadOnlyList<string[]> articles, bool exact)
    {
        int found = 0;
        foreach (string[] paragraphs in articles)
        {
            foreach (DuplicateMatch? d in detector.FindDuplicates(paragraphs))
            {
                found += d is { } m && m.IsExact == exact ? 1 : 0;
            }
        }

        return found;
    }
}

/// <summary>The whole pipeline: <see cref="ArticleParser.Parse(string)"/> on every article, 1× and 10×.</summary>
[Throughput(ItemKind.Articles)]
public class ArticlePipeline
{
    private IReadOnlyList<string> _articles = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _articles = NewsCorpus.Get(Size).Articles;

    private static readonly ArticleParser NoCompanies = new(ArticleParserOptions.Default with { Companies = null });

    /// <summary>The library with default options.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => ParseAll(ArticleParser.Default);

    /// <summary>The library without the company stage (to separate its cost).</summary>
    [Benchmark]
    public int WithoutCompanies() => ParseAll(NoCompanies);

    private int ParseAll(ArticleParser parser)
    {
        int mentions = 0;
        foreach (string article in _articles)
        {
            ParsedArticle parsed = parser.Parse(article);
            mentions += parsed.Money.Count + parsed.Dates.Count + parsed.Companies.Count + parsed.Paragraphs.Count;
        }

        return mentions;
    }
}
