using BenchmarkDotNet.Attributes;
using KoNewsParse.Articles;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Benchmarks.Suite;

/// <summary>Exact duplicate paragraphs: every article's lines through the duplicate detector, 1× and 10×.</summary>
[Throughput(ItemKind.Paragraphs)]
public class ExactDuplicates
{
    private IReadOnlyList<string[]> _articles = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _articles = NewsCorpus.Get(Size).ArticleParagraphs;

    /// <summary>The library.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse()
    {
        int found = 0;
        foreach (string[] paragraphs in _articles)
        {
            foreach (DuplicateMatch? m in DuplicateDetector.Default.FindDuplicates(paragraphs))
            {
                found += m is { IsExact: true } ? 1 : 0;
            }
        }

        return found;
    }
}

/// <summary>Near-duplicate paragraphs: every article's lines through the duplicate detector, 1× and 10×.</summary>
[Throughput(ItemKind.Paragraphs)]
public class NearDuplicates
{
    private IReadOnlyList<string[]> _articles = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _articles = NewsCorpus.Get(Size).ArticleParagraphs;

    /// <summary>The library.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse()
    {
        int found = 0;
        foreach (string[] paragraphs in _articles)
        {
            foreach (DuplicateMatch? m in DuplicateDetector.Default.FindDuplicates(paragraphs))
            {
                found += m is { IsExact: false } ? 1 : 0;
            }
        }

        return found;
    }
}

/// <summary>Boilerplate: <see cref="BoilerplateDetector.IsBoilerplate"/> on every line, 1× and 10×.</summary>
[Throughput(ItemKind.Paragraphs)]
public class BoilerplateScan
{
    private IReadOnlyList<string> _paragraphs = [];

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _paragraphs = NewsCorpus.Get(Size).Paragraphs;

    /// <summary>The library.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse()
    {
        int found = 0;
        foreach (string p in _paragraphs)
        {
            found += BoilerplateDetector.Default.IsBoilerplate(p) ? 1 : 0;
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

    /// <summary>The library with default options.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse()
    {
        int mentions = 0;
        foreach (string article in _articles)
        {
            ParsedArticle parsed = ArticleParser.Default.Parse(article);
            mentions += parsed.Money.Count + parsed.Dates.Count + parsed.Companies.Count + parsed.Paragraphs.Count;
        }

        return mentions;
    }
}
