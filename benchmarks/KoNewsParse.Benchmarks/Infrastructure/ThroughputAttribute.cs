using KoNewsParse.Benchmarks.Corpus;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>What one benchmark operation processes, besides the corpus bytes.</summary>
public enum ItemKind
{
    /// <summary>Only bytes are meaningful (scanners).</summary>
    None,

    /// <summary>Every non-empty line of every article.</summary>
    Paragraphs,

    /// <summary>Whole articles.</summary>
    Articles,
}

/// <summary>Declares the item a benchmark class counts for the items/s column.</summary>
/// <param name="kind">The item kind.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThroughputAttribute(ItemKind kind) : Attribute
{
    /// <summary>The item kind.</summary>
    public ItemKind Kind { get; } = kind;

    /// <summary>How many items one operation over <paramref name="corpus"/> processes.</summary>
    public static long ItemsIn(NewsCorpus corpus, ItemKind kind) => kind switch
    {
        ItemKind.Paragraphs => corpus.Paragraphs.Count,
        ItemKind.Articles => corpus.Articles.Count,
        _ => 0,
    };
}
