using System.Diagnostics.CodeAnalysis;
using KoNewsParse.Text;

namespace KoNewsParse.Money;

/// <summary>An amount of money in one currency.</summary>
/// <param name="Amount">The exact amount.</param>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="IsApproximate">Whether the amount was qualified as approximate.</param>
public readonly record struct MoneyValue(decimal Amount, string Currency, bool IsApproximate);

/// <summary>The qualifiers that can modify a money amount; several can be combined.</summary>
[Flags]
public enum MoneyQualifiers
{
    /// <summary>No qualifier.</summary>
    None = 0,

    /// <summary><c>약</c>, <c>대략</c>, <c>가량</c>, <c>정도</c>, <c>안팎</c>, <c>내외</c>, <c>쯤</c>, <c>수준</c>, <c>선</c>: approximate.</summary>
    Approximately = 1 << 0,

    /// <summary><c>여</c>, <c>남짓</c> (<c>450여억원</c>): a little over the amount, which becomes the minimum.</summary>
    Over = 1 << 1,

    /// <summary>
    /// <c>수</c>/<c>몇</c> (<c>수백억원</c>): several of an order; minimum one, maximum nine of that order.
    /// <c>십수</c> (<c>십수억원</c>): ten-some; minimum 11, maximum 19 of the order.
    /// </summary>
    Several = 1 << 2,

    /// <summary><c>대</c> (<c>1000억원대</c>, <c>억원대</c>): the band starting at the amount.</summary>
    Band = 1 << 3,

    /// <summary><c>이상</c>: at least the amount.</summary>
    AtLeast = 1 << 4,

    /// <summary><c>이하</c>: at most the amount.</summary>
    AtMost = 1 << 5,

    /// <summary><c>미만</c>: less than the amount (exclusive maximum).</summary>
    LessThan = 1 << 6,

    /// <summary><c>초과</c>, <c>넘게</c>, <c>넘는</c>: more than the amount (exclusive minimum).</summary>
    MoreThan = 1 << 7,

    /// <summary><c>최대</c>, <c>최고</c>: up to the amount.</summary>
    Maximum = 1 << 8,

    /// <summary><c>최소</c>, <c>최저</c>: no less than the amount.</summary>
    Minimum = 1 << 9,

    /// <summary><c>규모</c>, <c>상당</c>: the size or worth of something; not approximate.</summary>
    Scale = 1 << 10,

    /// <summary>A range (<c>10억~20억원</c>, <c>10억원에서 20억원</c>).</summary>
    Range = 1 << 11,
}

/// <summary>
/// A money expression found in text. The amount is exact; ranges and bounds set <see cref="Min"/>/<see cref="Max"/> as
/// documented on <see cref="MoneyQualifiers"/> and in <c>docs/money.md</c>.
/// </summary>
public sealed record MoneyMention
{
    private MentionText _text;

    /// <summary>Creates an empty mention (set the required members with an object initializer).</summary>
    public MoneyMention()
    {
    }

#pragma warning disable CS8618 // Text is computed from _text, which this constructor sets.
    [SetsRequiredMembers]
    internal MoneyMention(MentionText text, string currency)
    {
        _text = text;
        Currency = currency;
    }
#pragma warning restore CS8618

    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The surface text, including qualifiers and a linked conversion (<c>약 475억원</c>, <c>3억 원 이상</c>).</summary>
    public required string Text
    {
        get => _text.Value;
        init => _text = MentionText.FromString(value);
    }

    /// <summary>
    /// The exact amount: the stated amount, or the lower end of a range (<c>10억~20억원</c> → 10억) or of a 수-order
    /// (<c>수백억원</c> → 100억).
    /// </summary>
    public decimal Amount { get; init; }

    /// <summary>The ISO 4217 currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>Lower bound for ranges and bounds (<c>이상</c>, <c>10억~20억원</c>, <c>여</c>, <c>대</c>), else <see langword="null"/>.</summary>
    public decimal? Min { get; init; }

    /// <summary>Upper bound for ranges and bounds (<c>미만</c>, <c>최대</c>, <c>대</c>, <c>수백억</c>), else <see langword="null"/>.</summary>
    public decimal? Max { get; init; }

    /// <summary>Whether <see cref="Min"/> itself is excluded (<c>초과</c>).</summary>
    public bool IsMinExclusive { get; init; }

    /// <summary>Whether <see cref="Max"/> itself is excluded (<c>미만</c>, the end of a <c>대</c> band).</summary>
    public bool IsMaxExclusive { get; init; }

    /// <summary>Whether the amount is approximate (<c>약</c>, <c>여</c>, <c>수백억</c>, <c>억원대</c>).</summary>
    public bool IsApproximate { get; init; }

    /// <summary>The qualifier words found, in text order and separated by a space (<c>약</c>, <c>최대 규모</c>), else <see langword="null"/>.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The qualifiers found, as flags.</summary>
    public MoneyQualifiers Qualifiers { get; init; }

    /// <summary>A linked conversion such as the KRW amount in <c>4000만달러(약 475억원)</c>.</summary>
    public MoneyValue? Equivalent { get; init; }

    /// <summary>The mention as a plain value (amount, currency, approximation).</summary>
    public MoneyValue Value => new(Amount, Currency, IsApproximate);

    internal void AttachSource(string source) => _text.Attach(source);

    /// <inheritdoc />
    public bool Equals(MoneyMention? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Offset == other.Offset && Length == other.Length && Amount == other.Amount
                && string.Equals(Currency, other.Currency, StringComparison.Ordinal)
                && Min == other.Min && Max == other.Max && IsMinExclusive == other.IsMinExclusive
                && IsMaxExclusive == other.IsMaxExclusive && IsApproximate == other.IsApproximate
                && string.Equals(Qualifier, other.Qualifier, StringComparison.Ordinal) && Qualifiers == other.Qualifiers
                && Equivalent == other.Equivalent && _text.Span.SequenceEqual(other._text.Span)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Offset, Length, Amount, Currency, Min, Max, Qualifiers, string.GetHashCode(_text.Span, StringComparison.Ordinal));
}
