using System.Globalization;
using System.Text;

namespace KoNewsParse.Money;

/// <summary>
/// Writes amounts the way Korean financial news does: Arabic digits grouped by 경/조/억/만 without separators and the
/// Korean currency word (<c>300억원</c>, <c>3조5000억원</c>, <c>4000만달러</c>). The inverse of <see cref="MoneyParser"/>:
/// for non-negative amounts with at most eight decimals and a known currency, parsing the output gives the amount back.
/// </summary>
public static class KoreanNumberFormatter
{
    private static readonly (decimal Unit, char Name)[] Groups =
    [
        (10_000_000_000_000_000m, '경'), (1_000_000_000_000m, '조'), (100_000_000m, '억'), (10_000m, '만'),
    ];

    /// <summary>Formats <paramref name="amount"/> followed by the Korean word for <paramref name="currency"/>.</summary>
    /// <param name="amount">The amount; a negative amount gets a leading <c>-</c> (which the parsers do not read).</param>
    /// <param name="currency">
    /// An ISO 4217 code (<c>KRW</c> → 원, <c>USD</c> → 달러, <c>JPY</c> → 엔, …); an unknown code is appended after a space.
    /// </param>
    /// <returns>The formatted amount, e.g. <c>3조5000억원</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is null, empty or white space.</exception>
    public static string Format(decimal amount, string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        string number = FormatNumber(amount);
        return Currencies.FormatWords.TryGetValue(currency, out string? word)
            ? string.Concat(number, word)
            : string.Concat(number, " ", currency);
    }

    /// <summary>Formats a <see cref="MoneyValue"/>, prefixed with <c>약 </c> when it is approximate.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The formatted value.</returns>
    public static string Format(MoneyValue value)
    {
        string s = Format(value.Amount, value.Currency ?? string.Empty);
        return value.IsApproximate ? "약 " + s : s;
    }

    /// <summary>Formats a number with 경/조/억/만 groups and no currency (<c>3조5000억</c>, <c>1만2345.67</c>).</summary>
    /// <param name="amount">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string FormatNumber(decimal amount)
    {
        var sb = new StringBuilder(24);
        if (amount < 0)
        {
            sb.Append('-');
            amount = -amount;
        }

        decimal integer = decimal.Truncate(amount);
        decimal fraction = amount - integer;
        decimal rest = integer;
        bool any = false;
        foreach ((decimal unit, char name) in Groups)
        {
            if (rest >= unit)
            {
                decimal q = decimal.Truncate(rest / unit);
                rest -= q * unit;
                sb.Append(q.ToString("0", CultureInfo.InvariantCulture)).Append(name);
                any = true;
            }
        }

        decimal tail = rest + fraction;
        if (tail != 0 || !any)
        {
            sb.Append(tail.ToString("0.############################", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
