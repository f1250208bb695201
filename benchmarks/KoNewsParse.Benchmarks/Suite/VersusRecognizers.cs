using BenchmarkDotNet.Attributes;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Money;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace KoNewsParse.Benchmarks.Suite;

/// <summary>
/// Side by side on the same 10 KB input, paragraph by paragraph (Recognizers is built for utterances, so this is its best
/// case): KoNewsParse money (and money + quantities) against Microsoft.Recognizers.Text 1.8.13's Korean currency model and
/// number model, a naive interpreted regex and the <c>IndexOfAny</c> floor. The models are built once in the setup (what
/// <c>NumberWithUnitRecognizer.RecognizeCurrency(text, Culture.Korean)</c> does on its first call, then caches).
/// </summary>
[Throughput(ItemKind.Paragraphs)]
public class VersusRecognizers
{
    private string[] _paragraphs = [];
    private IModel _currency = null!;
    private IModel _number = null!;

    /// <summary>The corpus size (10 KB only: Recognizers is slow).</summary>
    [Params(CorpusSize.Kb10)]
    public CorpusSize Size { get; set; }

    /// <summary>Generates the corpus and builds the Recognizers models.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _paragraphs = [.. NewsCorpus.Get(Size).Paragraphs];
        _currency = new NumberWithUnitRecognizer(Culture.Korean).GetCurrencyModel();
        _number = new NumberRecognizer(Culture.Korean).GetNumberModel();
    }

    /// <summary>KoNewsParse money.</summary>
    [Benchmark(Baseline = true)]
    public int KoNewsParseMoney()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += MoneyParser.Default.FindAll(p).Count;
        }

        return n;
    }

    /// <summary>KoNewsParse money and quantities (the closest counterpart of a generic number model).</summary>
    [Benchmark]
    public int KoNewsParseMoneyAndQuantities()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += MoneyParser.Default.FindAll(p).Count + QuantityParser.Default.FindAll(p).Count;
        }

        return n;
    }

    /// <summary>Microsoft.Recognizers.Text Korean currency model.</summary>
    [Benchmark]
    public int RecognizersCurrency()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += _currency.Parse(p).Count;
        }

        return n;
    }

    /// <summary>Microsoft.Recognizers.Text Korean number model.</summary>
    [Benchmark]
    public int RecognizersNumber()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += _number.Parse(p).Count;
        }

        return n;
    }

    /// <summary>A straightforward interpreted regex (matches only).</summary>
    [Benchmark]
    public int NaiveRegex()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += Baselines.NaiveMoneyMatches(p);
        }

        return n;
    }

    /// <summary>The floor.</summary>
    [Benchmark]
    public int IndexOfAnyFloor()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += Baselines.DigitRuns(p);
        }

        return n;
    }
}
