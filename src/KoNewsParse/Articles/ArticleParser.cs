using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Money;
using KoNewsParse.Text;

namespace KoNewsParse.Articles;

/// <summary>
/// Parses a whole article into one <see cref="ParsedArticle"/>: normalized text, paragraphs, dateline, byline, and the
/// mentions of every capability (money, quantities, dates, companies, duplicates, boilerplate).
/// Immutable, thread-safe and reusable; never throws on any input.
/// </summary>
public sealed class ArticleParser
{
    private readonly IArticleStage[] _stages;

    /// <summary>A parser with <see cref="ArticleParserOptions.Default"/>.</summary>
    public static ArticleParser Default { get; } = new(ArticleParserOptions.Default);

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options.</param>
    public ArticleParser(ArticleParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _stages = ArticleStages.Create(options);
    }

    /// <summary>The options.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>Parses one article.</summary>
    /// <param name="text">The raw article text (any line endings; a BOM is ignored).</param>
    /// <returns>The parsed article.</returns>
    public ParsedArticle Parse(string? text) => Parse((text ?? string.Empty).AsSpan());

    /// <summary>Parses one article.</summary>
    /// <param name="text">The raw article text.</param>
    /// <returns>The parsed article.</returns>
    public ParsedArticle Parse(ReadOnlySpan<char> text)
    {
        string normalized = TextNormalizer.Normalize(text).Text;
        List<Paragraph> paragraphs = SplitParagraphs(normalized, Options.ParagraphMode);
        Dateline dateline = DatelineExtractor.Extract(normalized);
        Byline? byline = BylineExtractor.Extract(normalized);
        DateOnly? reference = Options.ReferenceDate ?? (dateline.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null);

        var context = new ArticleContext(normalized, paragraphs, reference);
        foreach (IArticleStage stage in _stages)
        {
            stage.Run(context);
        }

        return new ParsedArticle
        {
            Text = normalized,
            Published = dateline.Published,
            Modified = dateline.Modified,
            ReferenceDate = reference,
            Byline = byline,
            Paragraphs = context.Paragraphs,
            Money = context.Money,
            Quantities = context.Quantities,
            Dates = context.Dates,
            Companies = context.Companies,
        };
    }

    /// <summary>Splits normalized text into trimmed, non-empty paragraphs with their offsets.</summary>
    /// <param name="text">Normalized text (LF line endings).</param>
    /// <param name="mode">How paragraphs are delimited.</param>
    /// <returns>The paragraphs.</returns>
    public static List<Paragraph> SplitParagraphs(string text, ParagraphMode mode)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Paragraph>();
        int pos = 0;
        while (pos < text.Length)
        {
            int end = FindParagraphEnd(text, pos, mode);
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                result.Add(new Paragraph { Index = result.Count, Offset = s, Text = text[s..e] });
            }

            pos = end + 1;
        }

        return result;
    }

    private static int FindParagraphEnd(string text, int pos, ParagraphMode mode)
    {
        if (mode == ParagraphMode.Line)
        {
            int nl = text.IndexOf('\n', pos);
            return nl < 0 ? text.Length : nl;
        }

        int i = pos;
        while (true)
        {
            int nl = text.IndexOf('\n', i);
            if (nl < 0)
            {
                return text.Length;
            }

            int j = nl + 1;
            while (j < text.Length && text[j] is ' ' or '\t')
            {
                j++;
            }

            if (j >= text.Length || text[j] == '\n')
            {
                return nl;
            }

            i = j;
        }
    }
}

/// <summary>The mutable state the pipeline stages fill in for one article.</summary>
internal sealed class ArticleContext(string text, List<Paragraph> paragraphs, DateOnly? reference)
{
    public string Text { get; } = text;

    public List<Paragraph> Paragraphs { get; } = paragraphs;

    /// <summary>The paragraphs' texts, in order (built once; stages change paragraph flags, never texts).</summary>
    public string[] ParagraphTexts => _texts ??= [.. Paragraphs.Select(p => p.Text)];

    private string[]? _texts;

    public DateOnly? Reference { get; } = reference;

    public List<MoneyMention> Money { get; } = [];

    public List<QuantityMention> Quantities { get; } = [];

    public List<DateMention> Dates { get; } = [];

    public List<CompanyMention> Companies { get; } = [];
}

/// <summary>One capability plugged into the pipeline. Adding a capability means adding one stage.</summary>
internal interface IArticleStage
{
    void Run(ArticleContext context);
}

internal static class ArticleStages
{
    public static IArticleStage[] Create(ArticleParserOptions o)
    {
        var stages = new List<IArticleStage>();
        if (o.Money is not null || o.Quantities is not null)
        {
            stages.Add(new MoneyStage(o.Money, o.Quantities));
        }

        if (o.Dates is not null)
        {
            stages.Add(new DateStage(o.Dates));
        }

        if (o.Companies is not null)
        {
            stages.Add(new CompanyStage(o.Companies));
        }

        if (o.Duplicates is not null || o.Boilerplate is not null || o.ParagraphClassifier is not null)
        {
            stages.Add(new DuplicateStage(o.Duplicates, o.Boilerplate, o.ParagraphClassifier));
        }

        return [.. stages];
    }
}
