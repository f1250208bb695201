using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KoNewsParse.Benchmarks.Corpus;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>
/// MB/s (mebibytes of UTF-8 input per second on one core) or items/s, computed from the mean and the benchmark's
/// <c>Size</c> parameter. The README script recomputes the same numbers from the JSON export and the corpus manifest.
/// </summary>
/// <param name="items">Whether this is the items/s column (else MB/s).</param>
public sealed class ThroughputColumn(bool items) : IColumn
{
    /// <inheritdoc/>
    public string Id => items ? "KoNews.ItemsPerSecond" : "KoNews.MBPerSecond";

    /// <inheritdoc/>
    public string ColumnName => items ? "Items/s" : "MB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => items ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => items
        ? "Items (paragraphs or articles, see the class) processed per second on one core"
        : "Mebibytes of UTF-8 input processed per second on one core";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        double? meanNs = report?.ResultStatistics?.Mean;
        if (meanNs is not > 0 || benchmarkCase.Parameters["Size"] is not CorpusSize size)
        {
            return "-";
        }

        NewsCorpus corpus = NewsCorpus.Get(size);
        double seconds = meanNs.Value / 1e9;
        if (!items)
        {
            return (corpus.Utf8Bytes / (1024.0 * 1024.0) / seconds).ToString("N1", CultureInfo.InvariantCulture);
        }

        ItemKind kind = benchmarkCase.Descriptor.Type.GetCustomAttribute<ThroughputAttribute>()?.Kind ?? ItemKind.None;
        long count = ThroughputAttribute.ItemsIn(corpus, kind);
        return count == 0 ? "-" : (count / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
