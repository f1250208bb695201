using BenchmarkDotNet.Attributes;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Money;

namespace KoNewsParse.Benchmarks.Suite;

/// <summary>Money: <see cref="MoneyParser.FindAll(string)"/> over the whole corpus text, 1× and 10×.</summary>
[Throughput(ItemKind.None)]
public class MoneyScan
{
    private string _text = string.Empty;

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Get(Size).Text;

    /// <summary>The library.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => MoneyParser.Default.FindAll(_text).Count;

}

/// <summary>Quantities (counts, percentages): <see cref="QuantityParser.FindAll(string)"/>, 1× and 10×.</summary>
[Throughput(ItemKind.None)]
public class QuantityScan
{
    private string _text = string.Empty;

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Get(Size).Text;

    /// <summary>The library.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => QuantityParser.Default.FindAll(_text).Count;
}

/// <summary>Dates: <see cref="KoreanDateParser.FindAll(string, DateOnly)"/> with a fixed reference date, 1× and 10×.</summary>
[Throughput(ItemKind.None)]
public class DateScan
{
    private static readonly DateOnly Reference = new(2026, 11, 24);
    private string _text = string.Empty;

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Get(Size).Text;

    /// <summary>The library (finds and resolves).</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => KoreanDateParser.Default.FindAll(_text, Reference).Count;

}

/// <summary>Companies: <see cref="CompanyRecognizer.Default"/> (the full embedded gazetteer), 1× and 10×.</summary>
[Throughput(ItemKind.None)]
public class CompanyScan
{
    private string _text = string.Empty;

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1, CorpusSize.Mb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Get(Size).Text;

    /// <summary>The library.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParse() => CompanyRecognizer.Default.FindAll(_text).Count;

}

/// <summary>
/// The reference points on the 1× corpus, in the same run as the library rows of <see cref="MoneyScan"/>,
/// <see cref="DateScan"/> and <see cref="CompanyScan"/>: naive interpreted regexes and the <c>IndexOfAny</c> floor.
/// </summary>
[Throughput(ItemKind.None)]
public class NaiveBaselines
{
    private string _text = string.Empty;

    /// <summary>The corpus size.</summary>
    [Params(CorpusSize.Mb1)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Get(Size).Text;

    /// <summary>The floor: one vectorized pass finding digit runs.</summary>
    [Benchmark(Baseline = true)]
    public int IndexOfAnyFloor() => Baselines.DigitRuns(_text);

    /// <summary>A straightforward interpreted money regex (matches only, no amounts).</summary>
    [Benchmark]
    public int MoneyNaiveRegex() => Baselines.NaiveMoneyMatches(_text);

    /// <summary>A straightforward interpreted date regex (matches only, no resolution).</summary>
    [Benchmark]
    public int DateNaiveRegex() => Baselines.NaiveDateMatches(_text);

    /// <summary>A regex alternation of only the 75 names the corpus uses (far smaller than the gazetteer).</summary>
    [Benchmark]
    public int CompanyNaiveRegex75Names() => Baselines.NaiveCompanyMatches(_text);
}
