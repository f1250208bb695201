using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Duplicates;
using KoNewsParse.Money;

namespace KoNewsParse.Articles;

/// <summary>The structured result of parsing one article. Offsets are UTF-16 code units of <see cref="Text"/>.</summary>
public sealed class ParsedArticle
{
    /// <summary>The normalized article text.</summary>
    public required string Text { get; init; }

    /// <summary>When the article was published (from the dateline, KST +09:00), if found.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last modified (<c>수정</c>, <c>최종수정</c>), if found.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The date relative expressions were resolved against: the caller's, else the published date.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The byline, if found.</summary>
    public Byline? Byline { get; init; }

    /// <summary>The paragraphs in order.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>Money mentions (offsets relative to <see cref="Text"/>).</summary>
    public IReadOnlyList<MoneyMention> Money { get; init; } = [];

    /// <summary>Quantity mentions (offsets relative to <see cref="Text"/>).</summary>
    public IReadOnlyList<QuantityMention> Quantities { get; init; } = [];

    /// <summary>Date mentions (offsets relative to <see cref="Text"/>).</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Company mentions (offsets relative to <see cref="Text"/>).</summary>
    public IReadOnlyList<CompanyMention> Companies { get; init; } = [];

    /// <summary>The index of the paragraph that contains <paramref name="offset"/>, or -1.</summary>
    /// <param name="offset">An offset in <see cref="Text"/>.</param>
    /// <returns>The paragraph index, or -1 when the offset is outside every paragraph.</returns>
    public int ParagraphAt(int offset)
    {
        int lo = 0, hi = Paragraphs.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Paragraphs[mid].Offset <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && offset < Paragraphs[found].Offset + Paragraphs[found].Length ? found : -1;
    }
}

/// <summary>One paragraph of an article.</summary>
public sealed record Paragraph
{
    /// <summary>The paragraph's index in the article.</summary>
    public int Index { get; init; }

    /// <summary>Offset of the paragraph in the normalized article text.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the paragraph.</summary>
    public int Length => Text.Length;

    /// <summary>The paragraph text (trimmed).</summary>
    public required string Text { get; init; }

    /// <summary>Whether the paragraph is boilerplate (copyright tail, byline, related articles, caption, …).</summary>
    public bool IsBoilerplate { get; init; }

    /// <summary>What kind of boilerplate the rules found (<see cref="BoilerplateKind.None"/> for body text or when only a classifier voted).</summary>
    public BoilerplateKind BoilerplateKind { get; init; }

    /// <summary>The index of the earlier identical or near-identical paragraph, if any.</summary>
    public int? DuplicateOf { get; init; }

    /// <summary>The estimated similarity to <see cref="DuplicateOf"/> (1 for exact duplicates).</summary>
    public double? DuplicateSimilarity { get; init; }
}

/// <summary>The article's author line.</summary>
/// <param name="Name">The reporter's name(s), e.g. <c>홍길동</c>.</param>
/// <param name="Email">The e-mail address, if given.</param>
public sealed record Byline(string? Name, string? Email)
{
    /// <summary>The news agency, e.g. <c>연합뉴스</c> in <c>(서울=연합뉴스)</c>.</summary>
    public string? Agency { get; init; }

    /// <summary>The location, e.g. <c>서울</c> in <c>(서울=연합뉴스)</c>.</summary>
    public string? Location { get; init; }
}
