using System.Globalization;
using KoNewsParse.Dates;

namespace KoNewsParse.Tests.Dates;

internal static class DateTestHelpers
{
    public static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OrNull(string s) => s.Length == 0 ? null : D(s);

    public static DateGranularity G(string s) => s switch
    {
        "day" => DateGranularity.Day,
        "week" => DateGranularity.Week,
        "month" => DateGranularity.Month,
        "quarter" => DateGranularity.Quarter,
        "half" => DateGranularity.Half,
        "year" => DateGranularity.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "unknown granularity"),
    };

    public static string Show(DateMention m) =>
        $"[{m.Text}]@{m.Offset} {m.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{m.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {m.Granularity} {m.Kind}";
}
