using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Duplicates;
using KoNewsParse.Money;

namespace KoNewsParse.Articles;

/// <summary>How an article is split into paragraphs.</summary>
public enum ParagraphMode
{
    /// <summary>Every non-empty line is a paragraph (the usual layout of scraped news).</summary>
    Line,

    /// <summary>Paragraphs are separated by blank lines; single line breaks are kept inside a paragraph.</summary>
    BlankLine,
}

/// <summary>Options for <see cref="ArticleParser"/>. Immutable.</summary>
public sealed record ArticleParserOptions
{
    /// <summary>The default options.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>The reference date for relative dates; when <see langword="null"/> the published date is used.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>How paragraphs are split.</summary>
    public ParagraphMode ParagraphMode { get; init; } = ParagraphMode.Line;

    /// <summary>The money parser, or <see langword="null"/> to skip money.</summary>
    public MoneyParser? Money { get; init; } = MoneyParser.Default;

    /// <summary>The quantity parser, or <see langword="null"/> to skip quantities.</summary>
    public QuantityParser? Quantities { get; init; } = QuantityParser.Default;

    /// <summary>The date parser, or <see langword="null"/> to skip dates.</summary>
    public KoreanDateParser? Dates { get; init; } = KoreanDateParser.Default;

    /// <summary>The company recognizer, or <see langword="null"/> to skip companies.</summary>
    public CompanyRecognizer? Companies { get; init; } = CompanyRecognizer.Default;

    /// <summary>The in-article duplicate detector, or <see langword="null"/> to skip duplicates.</summary>
    public DuplicateDetector? Duplicates { get; init; } = DuplicateDetector.Default;

    /// <summary>The rule-based boilerplate detector, or <see langword="null"/> to skip it.</summary>
    public BoilerplateDetector? Boilerplate { get; init; } = BoilerplateDetector.Default;

    /// <summary>
    /// An optional paragraph classifier (for example the ML.NET model of <c>KoNewsParse.ML</c>); when set, a paragraph is
    /// boilerplate when the rules or the classifier say so.
    /// </summary>
    public IParagraphClassifier? ParagraphClassifier { get; init; }
}

/// <summary>Classifies a paragraph as body text or boilerplate; implemented outside the core (e.g. by KoNewsParse.ML).</summary>
public interface IParagraphClassifier
{
    /// <summary>Whether <paramref name="paragraph"/> is boilerplate.</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <param name="index">Its index in the article.</param>
    /// <param name="count">The number of paragraphs in the article.</param>
    /// <returns><see langword="true"/> for boilerplate.</returns>
    bool IsBoilerplate(string paragraph, int index, int count);
}
